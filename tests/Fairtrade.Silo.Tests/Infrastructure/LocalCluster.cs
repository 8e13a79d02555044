using Fairtrade.TestServers;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>
/// Silos as separate processes, as an operator runs them: one PostgreSQL database and one Redis server shared, each
/// silo with its own ports and its own (unused) data folder, settings given as environment variables.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly SiloProcess?[] _silos;
    private readonly string _root;
    private readonly RedisServer _redis;

    private LocalCluster(string root, RedisServer redis, SiloLaunch[] launches)
    {
        _root = root;
        _redis = redis;
        Launches = launches;
        _silos = new SiloProcess?[launches.Length];
    }

    public SiloLaunch[] Launches { get; }

    public SiloProcess this[int index] => _silos[index] ?? throw new InvalidOperationException($"Silo {index} is not running.");

    public IEnumerable<Uri> Addresses => Launches.Select(launch => launch.Address);

    /// <param name="settings">Further settings for every silo, as environment variables.</param>
    /// <param name="adminToken">The token every silo is given; null lets the cluster generate one.</param>
    public static async Task<LocalCluster> StartAsync(
        PostgresFixture postgres, int silos = 3, IReadOnlyDictionary<string, string>? settings = null, string? adminToken = FairtradeApp.AdminToken)
    {
        var root = Directory.CreateTempSubdirectory("fairtrade-cluster-").FullName;
        var database = await postgres.Server.CreateDatabaseAsync();
        var redis = await RedisServer.StartAsync();
        var clusterId = $"test-{Guid.NewGuid():N}";
        var launches = Enumerable.Range(1, silos).Select(i => new SiloLaunch(Path.Combine(root, $"silo{i}"))
        {
            AdminToken = adminToken,
            Environment = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
            {
                ["Fairtrade__Storage"] = "postgres",
                ["ConnectionStrings__Postgres"] = database,
                ["Fairtrade__Clustering"] = "redis",
                ["ConnectionStrings__Redis"] = redis.Configuration,
                ["Fairtrade__ClusterId"] = clusterId,
                ["Fairtrade__AdminPassword"] = FairtradeApp.AdminPassword,
            },
        }).ToArray();
        var cluster = new LocalCluster(root, redis, launches);
        await Task.WhenAll(Enumerable.Range(0, silos).Select(cluster.StartAsync));
        return cluster;
    }

    /// <summary>Starts silo <paramref name="index"/> (again, after a kill: same ports, same settings) and waits until it is healthy.</summary>
    public async Task StartAsync(int index) => _silos[index] = await SiloProcess.StartAsync(Launches[index]);

    /// <summary>SIGKILL of silo <paramref name="index"/>.</summary>
    public async Task KillAsync(int index)
    {
        await this[index].KillAsync();
        await this[index].DisposeAsync();
        _silos[index] = null;
    }

    public HttpClient CreateAdminClient(int index) => this[index].CreateAdminClient();

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos.OfType<SiloProcess>())
        {
            await silo.DisposeAsync();
        }

        await _redis.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
