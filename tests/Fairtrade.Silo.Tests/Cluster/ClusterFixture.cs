using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Cluster;

/// <summary>One three-silo cluster shared by the tests of a class; each test works in towns of its own.</summary>
public sealed class ClusterFixture(PostgresFixture postgres) : IAsyncLifetime
{
    public LocalCluster Cluster { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Cluster = await LocalCluster.StartAsync(postgres);

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}

/// <summary>Cluster tests run alone: three silos and their load would starve whatever runs beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
