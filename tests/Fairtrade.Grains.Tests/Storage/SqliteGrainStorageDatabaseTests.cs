using Fairtrade.Grains.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;
using static Fairtrade.Grains.Tests.Storage.StorageFolder;

namespace Fairtrade.Grains.Tests.Storage;

public sealed class SqliteGrainStorageDatabaseTests : IDisposable
{
    private const string Counter = "counter";
    private static readonly GrainId Grain = GrainId.Create("test", "key-1");
    private readonly StorageFolder _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task InitializingTwiceKeepsTheDataAndTheTableUsable()
    {
        var storage = await _database.OpenStorageAsync();
        var state = State(4);
        await storage.WriteStateAsync(Counter, Grain, state);

        await storage.InitializeAsync(CancellationToken.None);
        await storage.InitializeAsync(CancellationToken.None);
        await storage.WriteStateAsync(Counter, Grain, state.WithCount(5));

        (await ReadAsync(storage, Counter, Grain)).State.Count.ShouldBe(5);
        state.ETag.ShouldBe("2");
    }

    [Fact]
    public async Task StartingTheSiloCreatesTheDatabaseAtTheApplicationServicesStage()
    {
        var lifecycle = new SiloLifecycleSubject(NullLogger<SiloLifecycleSubject>.Instance);
        var databaseExists = new List<bool>();
        foreach (var stage in new[] { ServiceLifecycleStage.ApplicationServices - 1, ServiceLifecycleStage.ApplicationServices + 1 })
        {
            lifecycle.Subscribe($"probe-{stage}", stage, _ =>
            {
                databaseExists.Add(File.Exists(_database.DatabasePath));
                return Task.CompletedTask;
            });
        }

        new SqliteGrainStorage("test", _database.DatabasePath, NullLogger<SqliteGrainStorage>.Instance).Participate(lifecycle);
        await lifecycle.OnStart(CancellationToken.None);

        databaseExists.ShouldBe([false, true]);
        (await _database.QueryAsync("SELECT count(*) FROM grain_state;")).ShouldBe(0L);
    }

    [Fact]
    public async Task TheDatabaseRunsInWriteAheadLogMode()
    {
        await (await _database.OpenStorageAsync()).WriteStateAsync(Counter, Grain, State(1));

        var mode = await _database.QueryAsync("PRAGMA journal_mode;");

        mode.ShouldBe("wal");
    }

    [Fact]
    public async Task ReadingARowOfANewerSchemaVersionThrowsAClearException()
    {
        var storage = await _database.OpenStorageAsync();
        await storage.WriteStateAsync(Counter, Grain, State(1));
        await _database.QueryAsync("UPDATE grain_state SET schema_version = 2;");
        var read = new CounterGrainState();

        var error = await Should.ThrowAsync<InvalidOperationException>(() => storage.ReadStateAsync(Counter, Grain, read));

        error.Message.ShouldContain("storage format 2");
        error.Message.ShouldContain("reads up to 1");
        read.RecordExists.ShouldBeFalse();
        read.ETag.ShouldBeNull();
    }

    [Fact]
    public async Task ConcurrentFirstWritesOfOneGrainLetExactlyOneWin()
    {
        var storages = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _database.OpenStorageAsync()));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => TryWriteAsync(storages[i % 4], Grain, i))));

        outcomes.Count(won => won).ShouldBe(1);
        (await _database.QueryAsync("SELECT version FROM grain_state;")).ShouldBe(1L);
    }

    [Fact]
    public async Task ConcurrentWritersOnOneFileWaitForEachOtherInsteadOfFailing()
    {
        var storages = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _database.OpenStorageAsync()));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => TryWriteAsync(storages[i % 4], GrainId.Create("test", $"key-{i}"), i))));

        outcomes.ShouldAllBe(won => won);
        (await _database.QueryAsync("SELECT count(*) FROM grain_state;")).ShouldBe(40L);
        (await ReadAsync(storages[0], Counter, GrainId.Create("test", "key-39"))).State.Count.ShouldBe(39);
    }

    [Fact]
    public async Task PingingAnswersOnceTheTableExists()
    {
        var storage = new SqliteGrainStorage("test", _database.DatabasePath, NullLogger<SqliteGrainStorage>.Instance);
        Directory.CreateDirectory(Path.GetDirectoryName(_database.DatabasePath)!);

        await Should.ThrowAsync<SqliteException>(() => storage.PingAsync(CancellationToken.None));
        await storage.InitializeAsync(CancellationToken.None);

        await Should.NotThrowAsync(() => storage.PingAsync(CancellationToken.None));
    }

    private static async Task<bool> TryWriteAsync(SqliteGrainStorage storage, GrainId grainId, int count)
    {
        try
        {
            await storage.WriteStateAsync(Counter, grainId, State(count));
            return true;
        }
        catch (InconsistentStateException)
        {
            return false;
        }
    }
}
