using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Runtime.Hosting;

namespace Fairtrade.Grains.Storage;

public static class SqliteGrainStorageExtensions
{
    /// <summary>Stores grain state under <paramref name="name"/> in the SQLite file <paramref name="databasePath"/>, creating it at start.</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, string databasePath)
    {
        builder.Services.AddSingleton(sp => new SqliteGrainStorage(name, databasePath, sp.GetRequiredService<ILogger<SqliteGrainStorage>>()));
        builder.Services.AddGrainStorage(name, (sp, _) => sp.GetRequiredService<SqliteGrainStorage>());
        return builder;
    }
}
