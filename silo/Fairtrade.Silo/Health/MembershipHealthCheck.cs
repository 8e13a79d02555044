using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Fairtrade.Silo.Health;

/// <summary>Healthy while this silo is an active member of its cluster, as the cluster's own membership sees it.</summary>
public sealed class MembershipHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The silo is {status.ToString().ToLowerInvariant()}, not an active member."));
    }
}
