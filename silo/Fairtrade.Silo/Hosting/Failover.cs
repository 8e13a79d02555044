using Orleans.Configuration;

namespace Fairtrade.Silo.Hosting;

/// <summary>
/// How fast a cluster gives up on a silo that stopped answering, so its towns answer again from another silo within
/// seconds. A killed silo's port refuses connections at once, so missed probes are counted quickly; two of them, a
/// second apart, from two other silos, declare it dead (bench/RESULTS.md has the measured times).
/// </summary>
internal static class Failover
{
    public static void Configure(ClusterMembershipOptions membership)
    {
        membership.ProbeTimeout = TimeSpan.FromSeconds(1);
        membership.NumMissedProbesLimit = 2;
        membership.NumVotesForDeathDeclaration = 2;
        membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        membership.TableRefreshTimeout = TimeSpan.FromSeconds(5);
    }
}
