using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Orleans.Runtime.Hosting;

namespace Fairtrade.Grains.Storage;

public static class SqliteGrainStorageExtensions
{
    /// <summary>
    /// Stores grain state under <paramref name="name"/> in the SQLite file <paramref name="databasePath"/>, creating
    /// the folder, file and table at silo start. One instance serves Orleans (as the keyed <see cref="Orleans.Storage.IGrainStorage"/>
    /// and lifecycle participant) and health checks (as <see cref="SqliteGrainStorage"/>, keyed by name; unkeyed, the first one added).
    /// </summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, string databasePath)
    {
        builder.Services.AddKeyedSingleton(name, (sp, _) => new SqliteGrainStorage(name, databasePath, sp.GetRequiredService<ILogger<SqliteGrainStorage>>()));
        builder.Services.TryAddSingleton(sp => sp.GetRequiredKeyedService<SqliteGrainStorage>(name));
        builder.Services.AddGrainStorage(name, (sp, key) => sp.GetRequiredKeyedService<SqliteGrainStorage>(key));
        return builder;
    }
}
