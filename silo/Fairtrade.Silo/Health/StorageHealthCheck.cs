using Fairtrade.Grains.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Fairtrade.Silo.Health;

/// <summary>Healthy while the silo's database answers a query.</summary>
public sealed class StorageHealthCheck(SqlDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}
