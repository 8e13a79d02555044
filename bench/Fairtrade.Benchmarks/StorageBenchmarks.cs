using BenchmarkDotNet.Attributes;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fairtrade.Benchmarks;

/// <summary>
/// What one participant's change costs in storage: the town's whole state, with an entry per participant, is
/// written again (JSON, compare-and-swap, WAL with a full sync).
/// </summary>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private readonly GrainId _town = GrainId.Create("town", "berlin");
    private string _folder = null!;
    private SqlGrainStorage _storage = null!;
    private GrainState<TownState> _state = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("fairtrade-bench-").FullName;
        _storage = new SqlGrainStorage("bench", new SqliteDatabase(Path.Combine(_folder, "bench.db")), NullLogger<SqlGrainStorage>.Instance);
        await _storage.InitializeAsync(CancellationToken.None);
        _state = new GrainState<TownState>(CityTown.State(CityTown.Facts()));
        await _storage.WriteStateAsync("town", _town, _state);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "write a 700-participant town's state")]
    public Task WriteTownState() => _storage.WriteStateAsync("town", _town, _state);

    [Benchmark(Description = "read a 700-participant town's state")]
    public Task ReadTownState() => _storage.ReadStateAsync("town", _town, new GrainState<TownState>());
}
