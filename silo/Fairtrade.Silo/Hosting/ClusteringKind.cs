namespace Fairtrade.Silo.Hosting;

/// <summary>How silos find each other (<c>Fairtrade:Clustering</c>).</summary>
public enum ClusteringKind
{
    /// <summary>One silo on loopback.</summary>
    Localhost,

    /// <summary>Orleans membership (and its reminders) in the Redis of <c>ConnectionStrings:Redis</c>.</summary>
    Redis,
}
