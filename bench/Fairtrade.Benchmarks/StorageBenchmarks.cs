using BenchmarkDotNet.Attributes;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Storage;
using Fairtrade.TestServers;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fairtrade.Benchmarks;

/// <summary>
/// What one participant's change costs in storage: the town's whole state, with an entry per participant, is
/// written again (JSON, compare-and-swap, committed durably: SQLite's WAL with a full sync, or PostgreSQL's commit).
/// </summary>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private readonly GrainId _town = GrainId.Create("town", "berlin");
    private string _folder = null!;
    private PostgresServer? _postgres;
    private SqlGrainStorage _storage = null!;
    private GrainState<TownState> _state = null!;

    /// <summary>The embedded default's SQLite file, or the PostgreSQL database of a cluster.</summary>
    [Params("sqlite", "postgres")]
    public string Dialect { get; set; } = "sqlite";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("fairtrade-bench-").FullName;
        _postgres = Dialect == "postgres" ? await PostgresServer.StartAsync() : null;
        SqlDatabase database = _postgres is null ? new SqliteDatabase(Path.Combine(_folder, "bench.db")) : new PostgresDatabase(await _postgres.CreateDatabaseAsync());
        _storage = new SqlGrainStorage("bench", database, NullLogger<SqlGrainStorage>.Instance);
        await _storage.InitializeAsync(CancellationToken.None);
        _state = new GrainState<TownState>(CityTown.State(CityTown.Facts()));
        await _storage.WriteStateAsync("town", _town, _state);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        Directory.Delete(_folder, recursive: true);
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    [Benchmark(Description = "write a 700-participant town's state")]
    public Task WriteTownState() => _storage.WriteStateAsync("town", _town, _state);

    [Benchmark(Description = "read a 700-participant town's state")]
    public Task ReadTownState() => _storage.ReadStateAsync("town", _town, new GrainState<TownState>());
}
