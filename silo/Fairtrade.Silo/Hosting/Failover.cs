using Orleans.Configuration;

namespace Fairtrade.Silo.Hosting;

/// <summary>
/// How fast a cluster gives up on a silo that stopped answering, so its towns answer again from another silo within
/// seconds. A killed silo's port refuses connections at once, so missed probes are counted quickly; two of them, two
/// seconds apart, from two other silos, declare it dead (bench/RESULTS.md has the measured times). Two seconds, not
/// one: a silo that only stalls for a moment (a pause of its collector, a starved core) must not be taken for dead,
/// for a silo declared dead stops itself.
/// </summary>
internal static class Failover
{
    /// <summary>
    /// How long a call waits for its answer. Our grains answer in milliseconds; a call whose message a dying silo
    /// swallowed is given up after this, not after Orleans' default of 30 s (rare, but seen once in about twenty kills).
    /// </summary>
    public static void Configure(SiloMessagingOptions messaging) => messaging.ResponseTimeout = TimeSpan.FromSeconds(10);

    public static void Configure(ClusterMembershipOptions membership)
    {
        membership.ProbeTimeout = TimeSpan.FromSeconds(2);
        membership.NumMissedProbesLimit = 2;
        membership.NumVotesForDeathDeclaration = 2;
        membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        membership.TableRefreshTimeout = TimeSpan.FromSeconds(5);
    }
}
