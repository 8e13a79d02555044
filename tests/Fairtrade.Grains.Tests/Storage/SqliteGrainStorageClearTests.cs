using Orleans.Storage;
using static Fairtrade.Grains.Tests.Storage.StorageFolder;

namespace Fairtrade.Grains.Tests.Storage;

public sealed class SqliteGrainStorageClearTests : IDisposable
{
    private const string Counter = "counter";
    private static readonly GrainId Grain = GrainId.Create("test", "key-1");
    private readonly StorageFolder _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ClearingRemovesTheRecordAndResetsTheState()
    {
        var storage = await _database.OpenStorageAsync();
        var state = State(1);
        await storage.WriteStateAsync(Counter, Grain, state);

        await storage.ClearStateAsync(Counter, Grain, state);

        state.ETag.ShouldBeNull();
        state.RecordExists.ShouldBeFalse();
        state.State.Count.ShouldBe(0);
        (await _database.QueryAsync("SELECT count(*) FROM grain_state;")).ShouldBe(0L);
        (await ReadAsync(await _database.OpenStorageAsync(), Counter, Grain)).RecordExists.ShouldBeFalse();
    }

    [Fact]
    public async Task ClearingWithAStaleETagThrowsAndKeepsTheRecord()
    {
        var storage = await _database.OpenStorageAsync();
        var state = State(1);
        await storage.WriteStateAsync(Counter, Grain, state);
        await storage.WriteStateAsync(Counter, Grain, state.WithCount(2));

        var conflict = await Should.ThrowAsync<InconsistentStateException>(() => storage.ClearStateAsync(Counter, Grain, State(0, "1")));

        conflict.StoredEtag.ShouldBe("2");
        conflict.CurrentEtag.ShouldBe("1");
        var read = await ReadAsync(storage, Counter, Grain);
        read.State.Count.ShouldBe(2);
        read.ETag.ShouldBe("2");
    }

    [Fact]
    public async Task ClearingWithoutETagThrowsWhenAnotherWriterCreatedTheRecord()
    {
        var storage = await _database.OpenStorageAsync();
        await storage.WriteStateAsync(Counter, Grain, State(1));

        var conflict = await Should.ThrowAsync<InconsistentStateException>(() => storage.ClearStateAsync(Counter, Grain, State(0)));

        conflict.StoredEtag.ShouldBe("1");
        (await ReadAsync(storage, Counter, Grain)).State.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ClearingAMissingRecordWithoutETagSucceeds()
    {
        var storage = await _database.OpenStorageAsync();
        var state = State(5);

        await storage.ClearStateAsync(Counter, Grain, state);

        state.State.Count.ShouldBe(0);
        state.RecordExists.ShouldBeFalse();
    }
}
