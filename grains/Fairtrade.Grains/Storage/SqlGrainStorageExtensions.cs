using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;

namespace Fairtrade.Grains.Storage;

public static class SqlGrainStorageExtensions
{
    /// <summary>
    /// Keeps the silo's data in <paramref name="database"/>: registered once, for the grain storage, the audit log and
    /// whatever else keeps tables there.
    /// </summary>
    public static ISiloBuilder UseSqlDatabase(this ISiloBuilder builder, SqlDatabase database)
    {
        builder.Services.AddSingleton(database);
        return builder;
    }

    /// <summary>
    /// Stores grain state under <paramref name="name"/> in the silo's <see cref="SqlDatabase"/>, creating its table at
    /// silo start. One instance serves Orleans as the keyed <see cref="Orleans.Storage.IGrainStorage"/> and as a
    /// lifecycle participant, as the keyed <see cref="IGrainRecordStorage"/> of grains' records, and as the keyed
    /// <see cref="IStoredStates"/> read by sweeps.
    /// </summary>
    public static ISiloBuilder AddSqlGrainStorage(this ISiloBuilder builder, string name)
    {
        builder.Services.AddKeyedSingleton(name, (sp, _) =>
            new SqlGrainStorage(name, sp.GetRequiredService<SqlDatabase>(), sp.GetRequiredService<ILogger<SqlGrainStorage>>()));
        builder.Services.AddGrainStorage(name, (sp, key) => sp.GetRequiredKeyedService<SqlGrainStorage>(key));
        builder.Services.AddKeyedSingleton<IGrainRecordStorage>(name, (sp, key) => sp.GetRequiredKeyedService<SqlGrainStorage>(key));
        builder.Services.AddKeyedSingleton<IStoredStates>(name, (sp, key) => sp.GetRequiredKeyedService<SqlGrainStorage>(key));
        return builder;
    }
}
