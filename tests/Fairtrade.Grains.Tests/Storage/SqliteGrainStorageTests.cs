using Fairtrade.Grains.Storage;
using Fairtrade.Grains.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;

namespace Fairtrade.Grains.Tests.Storage;

public sealed class SqliteGrainStorageTests : IDisposable
{
    private static readonly GrainId Grain = GrainId.Create("test", "key-1");
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<SqliteGrainStorage> StorageAsync()
    {
        var storage = new SqliteGrainStorage("test", _folder.File("nested/state.db"), NullLogger<SqliteGrainStorage>.Instance);
        await storage.InitializeAsync(CancellationToken.None);
        return storage;
    }

    private static GrainState<CounterState> State(int count, string? etag = null) =>
        new(new CounterState { Count = count, Names = ["a", "b"] }, etag);

    [Fact]
    public async Task WritingThenReadingReturnsTheSameStateFromANewProviderInstance()
    {
        var written = State(7);
        await (await StorageAsync()).WriteStateAsync("counter", Grain, written);

        var read = new GrainState<CounterState>();
        await (await StorageAsync()).ReadStateAsync("counter", Grain, read);

        read.RecordExists.ShouldBeTrue();
        read.ETag.ShouldBe(written.ETag);
        read.State!.Count.ShouldBe(7);
        read.State!.Names.ShouldBe(["a", "b"]);
    }

    [Fact]
    public async Task AWriteWithAStaleETagIsRefusedAndLeavesTheStoredStateAlone()
    {
        var storage = await StorageAsync();
        var first = State(1);
        await storage.WriteStateAsync("counter", Grain, first);
        var stale = State(99, first.ETag);
        await storage.WriteStateAsync("counter", Grain, State(2, first.ETag));

        var conflict = await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteStateAsync("counter", Grain, stale));

        conflict.StoredEtag.ShouldBe("2");
        conflict.CurrentEtag.ShouldBe("1");
        var read = new GrainState<CounterState>();
        await storage.ReadStateAsync("counter", Grain, read);
        read.State!.Count.ShouldBe(2);
    }

    [Fact]
    public async Task TheSecondOfTwoFirstWritesIsAConflict()
    {
        var storage = await StorageAsync();
        await storage.WriteStateAsync("counter", Grain, State(1));

        await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteStateAsync("counter", Grain, State(2)));
    }

    [Fact]
    public async Task ReadingAGrainNeverWrittenGivesAFreshState()
    {
        var read = State(5, "3");

        await (await StorageAsync()).ReadStateAsync("counter", GrainId.Create("test", "missing"), read);

        read.RecordExists.ShouldBeFalse();
        read.ETag.ShouldBeNull();
        read.State!.Count.ShouldBe(0);
    }

    [Fact]
    public async Task ClearingRemovesTheRecordAndAStaleClearIsRefused()
    {
        var storage = await StorageAsync();
        var state = State(1);
        await storage.WriteStateAsync("counter", Grain, state);

        await Should.ThrowAsync<InconsistentStateException>(() => storage.ClearStateAsync("counter", Grain, State(1, "7")));
        await storage.ClearStateAsync("counter", Grain, state);

        var read = new GrainState<CounterState>();
        await storage.ReadStateAsync("counter", Grain, read);
        read.RecordExists.ShouldBeFalse();
        state.ETag.ShouldBeNull();
    }

    [Fact]
    public async Task CreatingTheSchemaAgainKeepsTheData()
    {
        var storage = await StorageAsync();
        await storage.WriteStateAsync("counter", Grain, State(4));

        await storage.InitializeAsync(CancellationToken.None);

        var read = new GrainState<CounterState>();
        await storage.ReadStateAsync("counter", Grain, read);
        read.State!.Count.ShouldBe(4);
    }

    [Fact]
    public async Task TheDatabaseRunsInWriteAheadLogMode()
    {
        await (await StorageAsync()).WriteStateAsync("counter", Grain, State(1));

        using var connection = new SqliteConnection($"Data Source={_folder.File("nested/state.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        command.ExecuteScalar().ShouldBe("wal");
    }

    [Fact]
    public async Task ARowWrittenByANewerStorageFormatIsRefusedNotMisread()
    {
        var storage = await StorageAsync();
        await storage.WriteStateAsync("counter", Grain, State(1));
        using (var connection = new SqliteConnection($"Data Source={_folder.File("nested/state.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE grain_state SET schema_version = 99;";
            command.ExecuteNonQuery();
        }

        var error = await Should.ThrowAsync<InvalidOperationException>(() => storage.ReadStateAsync("counter", Grain, new GrainState<CounterState>()));

        error.Message.ShouldContain("format 99");
    }

    [Fact]
    public async Task StatesOfDifferentNamesOnOneGrainAreIndependent()
    {
        var storage = await StorageAsync();
        await storage.WriteStateAsync("counter", Grain, State(1));
        await storage.WriteStateAsync("other", Grain, State(2));

        var counter = new GrainState<CounterState>();
        var other = new GrainState<CounterState>();
        await storage.ReadStateAsync("counter", Grain, counter);
        await storage.ReadStateAsync("other", Grain, other);

        counter.State!.Count.ShouldBe(1);
        other.State!.Count.ShouldBe(2);
    }

    public sealed class CounterState
    {
        public int Count { get; set; }

        public List<string> Names { get; set; } = [];
    }
}
