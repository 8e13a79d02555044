using Orleans.Storage;

using Fairtrade.Grains.Tests.Infrastructure;

namespace Fairtrade.Grains.Tests.Storage;

public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task ClearingRemovesTheRecordAndResetsTheState()
    {
        var database = await databases.NewAsync();
        var storage = await OpenStorageAsync(database);
        var state = State(1);
        await storage.WriteStateAsync(Counter, Grain, state);

        await storage.ClearStateAsync(Counter, Grain, state);

        state.ETag.ShouldBeNull();
        state.RecordExists.ShouldBeFalse();
        state.State.Count.ShouldBe(0);
        Convert.ToInt64(await StorageDatabases.QueryAsync(database, "SELECT count(*) FROM grain_state;")).ShouldBe(0);
        (await ReadAsync(await OpenStorageAsync(database), Counter, Grain)).RecordExists.ShouldBeFalse();
    }

    [Fact]
    public async Task ClearingWithAStaleETagThrowsAndKeepsTheRecord()
    {
        var storage = await OpenStorageAsync(await databases.NewAsync());
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
        var storage = await OpenStorageAsync(await databases.NewAsync());
        await storage.WriteStateAsync(Counter, Grain, State(1));

        var conflict = await Should.ThrowAsync<InconsistentStateException>(() => storage.ClearStateAsync(Counter, Grain, State(0)));

        conflict.StoredEtag.ShouldBe("1");
        (await ReadAsync(storage, Counter, Grain)).State.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ClearingAMissingRecordWithoutETagSucceeds()
    {
        var storage = await OpenStorageAsync(await databases.NewAsync());
        var state = State(5);

        await storage.ClearStateAsync(Counter, Grain, state);

        state.State.Count.ShouldBe(0);
        state.RecordExists.ShouldBeFalse();
    }
}
