using Fairtrade.Abstractions.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.Audit;

public static class SqliteAuditLogExtensions
{
    /// <summary>Keeps the audit log in the SQLite file <paramref name="databasePath"/>, its table created at silo start.</summary>
    public static ISiloBuilder AddSqliteAuditLog(this ISiloBuilder builder, string databasePath)
    {
        var log = new SqliteAuditLog(databasePath);
        builder.Services.AddSingleton<IAuditLog>(log);
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(log);
        return builder;
    }
}
