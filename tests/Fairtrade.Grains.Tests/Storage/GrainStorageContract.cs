using Fairtrade.Grains.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;

using Fairtrade.Grains.Tests.Infrastructure;

namespace Fairtrade.Grains.Tests.Storage;

/// <summary>
/// What grain storage promises on every dialect: JSON state read back as written, compare-and-swap on the version,
/// conflicts refused and nothing lost. Each dialect runs it with its own databases.
/// </summary>
public abstract partial class GrainStorageContract(StorageDatabases databases)
{
    protected const string Counter = "counter";
    protected static readonly GrainId Grain = GrainId.Create("test", "key-1");

    [Fact]
    public async Task WritingThenReadingReturnsTheSameStateFromANewProviderInstance()
    {
        var database = await databases.NewAsync();
        var written = State(7);
        await (await OpenStorageAsync(database)).WriteStateAsync(Counter, Grain, written);

        var read = await ReadAsync(await OpenStorageAsync(database), Counter, Grain);

        written.ETag.ShouldBe("1");
        written.RecordExists.ShouldBeTrue();
        read.RecordExists.ShouldBeTrue();
        read.ETag.ShouldBe("1");
        read.State.Count.ShouldBe(7);
        read.State.Names.ShouldBe(["a", "b"]);
    }

    [Fact]
    public async Task WritingWithAStaleETagThrowsAndLeavesTheStoredStateUnchanged()
    {
        var storage = await OpenStorageAsync(await databases.NewAsync());
        var first = State(1);
        await storage.WriteStateAsync(Counter, Grain, first);
        var stale = State(99, first.ETag);
        await storage.WriteStateAsync(Counter, Grain, first.WithCount(2));

        var conflict = await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteStateAsync(Counter, Grain, stale));

        first.ETag.ShouldBe("2");
        conflict.StoredEtag.ShouldBe("2");
        conflict.CurrentEtag.ShouldBe("1");
        stale.ETag.ShouldBe("1");
        var read = await ReadAsync(storage, Counter, Grain);
        read.State.Count.ShouldBe(2);
        read.ETag.ShouldBe("2");
    }

    [Fact]
    public async Task TheSecondOfTwoFirstWritesOfOneGrainThrows()
    {
        var storage = await OpenStorageAsync(await databases.NewAsync());
        await storage.WriteStateAsync(Counter, Grain, State(1));

        var conflict = await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteStateAsync(Counter, Grain, State(2)));

        conflict.StoredEtag.ShouldBe("1");
        conflict.CurrentEtag.ShouldBeNull();
        (await ReadAsync(storage, Counter, Grain)).State.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ReadingAMissingGrainGivesAFreshStateWithoutETag()
    {
        var storage = await OpenStorageAsync(await databases.NewAsync());
        var read = State(5, "3");
        read.RecordExists = true;

        await storage.ReadStateAsync(Counter, GrainId.Create("test", "missing"), read);

        read.RecordExists.ShouldBeFalse();
        read.ETag.ShouldBeNull();
        read.State.Count.ShouldBe(0);
        read.State.Names.ShouldBeEmpty();
    }

    [Fact]
    public async Task StatesOfDifferentNamesOnOneGrainAreIndependent()
    {
        var storage = await OpenStorageAsync(await databases.NewAsync());
        await storage.WriteStateAsync(Counter, Grain, State(1));
        var other = State(2);
        await storage.WriteStateAsync("other", Grain, other);
        await storage.WriteStateAsync("other", Grain, other.WithCount(3));

        var counter = await ReadAsync(storage, Counter, Grain);

        counter.State.Count.ShouldBe(1);
        counter.ETag.ShouldBe("1");
        (await ReadAsync(storage, "other", Grain)).State.Count.ShouldBe(3);
        (await ReadAsync(storage, Counter, GrainId.Create("test", "key-2"))).RecordExists.ShouldBeFalse();
    }

    [Fact]
    public async Task ThePayloadIsStoredAsCamelCaseJsonTaggedWithTheSchemaVersion()
    {
        var database = await databases.NewAsync();
        await (await OpenStorageAsync(database)).WriteStateAsync(Counter, Grain, State(4));

        var payload = await StorageDatabases.QueryAsync(database, "SELECT payload FROM grain_state;");
        var schemaVersion = await StorageDatabases.QueryAsync(database, "SELECT schema_version FROM grain_state;");

        payload.ShouldBe("""{"count":4,"names":["a","b"]}""");
        Convert.ToInt32(schemaVersion).ShouldBe(SqlGrainStorage.SchemaVersion);
        (await StorageDatabases.QueryAsync(database, "SELECT grain_id || '|' || state_name FROM grain_state;")).ShouldBe($"{Grain}|{Counter}");
    }

    [Fact]
    public async Task ReadingARowOfANewerSchemaVersionThrowsAClearException()
    {
        var database = await databases.NewAsync();
        var storage = await OpenStorageAsync(database);
        await storage.WriteStateAsync(Counter, Grain, State(1));
        await StorageDatabases.QueryAsync(database, $"UPDATE grain_state SET schema_version = {SqlGrainStorage.SchemaVersion + 1};");
        var read = new CounterGrainState();

        var error = await Should.ThrowAsync<InvalidOperationException>(() => storage.ReadStateAsync(Counter, Grain, read));

        error.Message.ShouldContain($"storage format {SqlGrainStorage.SchemaVersion + 1}");
        error.Message.ShouldContain($"reads up to {SqlGrainStorage.SchemaVersion}");
        read.RecordExists.ShouldBeFalse();
        read.ETag.ShouldBeNull();
    }

    protected static async Task<SqlGrainStorage> OpenStorageAsync(SqlDatabase database)
    {
        var storage = new SqlGrainStorage("test", database, NullLogger<SqlGrainStorage>.Instance);
        await storage.InitializeAsync(CancellationToken.None);
        return storage;
    }

    protected static CounterGrainState State(int count, string? etag = null) =>
        new() { State = new CounterState { Count = count, Names = ["a", "b"] }, ETag = etag };

    protected static async Task<CounterGrainState> ReadAsync(SqlGrainStorage storage, string stateName, GrainId grainId)
    {
        var state = new CounterGrainState();
        await storage.ReadStateAsync(stateName, grainId, state);
        return state;
    }
}
