using Orleans.Storage;
using static Fairtrade.Grains.Tests.Storage.StorageFolder;

namespace Fairtrade.Grains.Tests.Storage;

public sealed class SqliteGrainStorageTests : IDisposable
{
    private const string Counter = "counter";
    private static readonly GrainId Grain = GrainId.Create("test", "key-1");
    private readonly StorageFolder _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task WritingThenReadingReturnsTheSameStateFromANewProviderInstance()
    {
        var written = State(7);
        await (await _database.OpenStorageAsync()).WriteStateAsync(Counter, Grain, written);

        var read = await ReadAsync(await _database.OpenStorageAsync(), Counter, Grain);

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
        var storage = await _database.OpenStorageAsync();
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
        var storage = await _database.OpenStorageAsync();
        await storage.WriteStateAsync(Counter, Grain, State(1));

        var conflict = await Should.ThrowAsync<InconsistentStateException>(() => storage.WriteStateAsync(Counter, Grain, State(2)));

        conflict.StoredEtag.ShouldBe("1");
        conflict.CurrentEtag.ShouldBeNull();
        (await ReadAsync(storage, Counter, Grain)).State.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ReadingAMissingGrainGivesAFreshStateWithoutETag()
    {
        var storage = await _database.OpenStorageAsync();
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
        var storage = await _database.OpenStorageAsync();
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
        await (await _database.OpenStorageAsync()).WriteStateAsync(Counter, Grain, State(4));

        var payload = await _database.QueryAsync("SELECT payload FROM grain_state;");
        var schemaVersion = await _database.QueryAsync("SELECT schema_version FROM grain_state;");

        payload.ShouldBe("""{"count":4,"names":["a","b"]}""");
        schemaVersion.ShouldBe(1L);
        (await _database.QueryAsync("SELECT grain_id || '|' || state_name FROM grain_state;")).ShouldBe($"{Grain}|{Counter}");
    }
}
