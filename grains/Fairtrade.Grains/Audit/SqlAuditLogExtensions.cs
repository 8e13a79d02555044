using Fairtrade.Abstractions.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.Audit;

public static class SqlAuditLogExtensions
{
    /// <summary>Keeps the audit log in the silo's <see cref="Storage.SqlDatabase"/>, its table created at silo start.</summary>
    public static ISiloBuilder AddSqlAuditLog(this ISiloBuilder builder)
    {
        builder.Services.AddSingleton<SqlAuditLog>();
        builder.Services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<SqlAuditLog>());
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<SqlAuditLog>());
        return builder;
    }
}
