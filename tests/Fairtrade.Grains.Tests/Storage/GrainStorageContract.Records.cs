using Fairtrade.Grains.Tests.Infrastructure;

namespace Fairtrade.Grains.Tests.Storage;

public abstract partial class GrainStorageContract
{
    private const string Set = "counters";

    [Fact]
    public async Task RecordsWrittenOneByOneAreReadBackAsTheirSetFromANewProviderInstance()
    {
        var database = await databases.NewAsync();
        var storage = await OpenStorageAsync(database);
        await storage.WriteRecordAsync(Grain, Set, "a", new CounterState { Count = 1, Names = ["x"] });
        await storage.WriteRecordAsync(Grain, Set, "b", new CounterState { Count = 2 });

        var read = await (await OpenStorageAsync(database)).ReadRecordsAsync<CounterState>(Grain, Set);

        read.Select(r => r.Count).Order().ShouldBe([1, 2]);
        read.Single(r => r.Count == 1).Names.ShouldBe(["x"]);
    }

    [Fact]
    public async Task WritingARecordAgainReplacesItAndLeavesTheOthersAlone()
    {
        var storage = await OpenStorageAsync(await databases.NewAsync());
        await storage.WriteRecordAsync(Grain, Set, "a", new CounterState { Count = 1 });
        await storage.WriteRecordAsync(Grain, Set, "b", new CounterState { Count = 2 });

        await storage.WriteRecordAsync(Grain, Set, "a", new CounterState { Count = 10 });

        (await storage.ReadRecordsAsync<CounterState>(Grain, Set)).Select(r => r.Count).Order().ShouldBe([2, 10]);
    }

    [Fact]
    public async Task ASetHoldsNeitherTheGrainsStateNorAnotherSetNorAnotherGrainsRecords()
    {
        var storage = await OpenStorageAsync(await databases.NewAsync());
        await storage.WriteStateAsync(Set, Grain, State(100));
        await storage.WriteRecordAsync(Grain, Set + "-more", "a", new CounterState { Count = 200 });
        await storage.WriteRecordAsync(GrainId.Create("test", "key-2"), Set, "a", new CounterState { Count = 300 });
        await storage.WriteRecordAsync(Grain, Set, "a/b", new CounterState { Count = 1 });

        (await storage.ReadRecordsAsync<CounterState>(Grain, Set)).Select(r => r.Count).ShouldBe([1]);
    }

    [Fact]
    public async Task AGrainWithoutRecordsReadsAnEmptySet() =>
        (await (await OpenStorageAsync(await databases.NewAsync())).ReadRecordsAsync<CounterState>(Grain, Set)).ShouldBeEmpty();

    [Fact]
    public async Task ARecordWrittenByANewerStorageFormatIsRefusedNotMisread()
    {
        var database = await databases.NewAsync();
        var storage = await OpenStorageAsync(database);
        await storage.WriteRecordAsync(Grain, Set, "a", new CounterState { Count = 1 });
        await StorageDatabases.QueryAsync(database, "UPDATE grain_state SET schema_version = 99;");

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => storage.ReadRecordsAsync<CounterState>(Grain, Set));

        refused.Message.ShouldContain("storage format 99");
    }
}
