using BenchmarkDotNet.Attributes;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Storage;
using Fairtrade.TestServers;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fairtrade.Benchmarks;

/// <summary>
/// What one participant's change costs the town in storage, in a small town and a big one: now its one entry is
/// written (a record apart from the town's state); before, the town's whole state with every entry was. Each write is
/// committed durably (SQLite's WAL with a full sync, or PostgreSQL's commit).
/// </summary>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private readonly GrainId _town = GrainId.Create("town", "berlin");
    private string _folder = null!;
    private PostgresServer? _postgres;
    private SqlGrainStorage _storage = null!;
    private GrainState<TownState> _stateWithEntries = null!;
    private ParticipantEntry[] _entries = null!;
    private int _next;

    /// <summary>The embedded default's SQLite file, or the PostgreSQL database of a cluster.</summary>
    [Params("sqlite", "postgres")]
    public string Dialect { get; set; } = "sqlite";

    [Params(10, 2000)]
    public int Participants { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("fairtrade-bench-").FullName;
        _postgres = Dialect == "postgres" ? await PostgresServer.StartAsync() : null;
        SqlDatabase database = _postgres is null ? new SqliteDatabase(Path.Combine(_folder, "bench.db")) : new PostgresDatabase(await _postgres.CreateDatabaseAsync());
        _storage = new SqlGrainStorage("bench", database, NullLogger<SqlGrainStorage>.Instance);
        await _storage.InitializeAsync(CancellationToken.None);
        _entries = CityTown.Entries(CityTown.Facts(Participants));
        await _storage.WriteStateAsync("town", _town, new GrainState<TownState>(CityTown.State()));
        foreach (var entry in _entries)
        {
            await _storage.WriteRecordAsync(_town, "participants", entry.Id, entry);
        }

        _stateWithEntries = new GrainState<TownState>(CityTown.State(_entries));
        await _storage.WriteStateAsync("town-before", _town, _stateWithEntries);
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

    [Benchmark(Description = "a participant's change: its entry written")]
    public Task WriteEntry()
    {
        var entry = _entries[_next++ % _entries.Length];
        return _storage.WriteRecordAsync(_town, "participants", entry.Id, entry);
    }

    [Benchmark(Description = "before: the town's whole state written")]
    public Task WriteTownStateWithEntries() => _storage.WriteStateAsync("town-before", _town, _stateWithEntries);

    [Benchmark(Description = "a town's activation: its state and every entry read")]
    public async Task ReadTown()
    {
        await _storage.ReadStateAsync("town", _town, new GrainState<TownState>());
        await _storage.ReadRecordsAsync<ParticipantEntry>(_town, "participants");
    }
}
