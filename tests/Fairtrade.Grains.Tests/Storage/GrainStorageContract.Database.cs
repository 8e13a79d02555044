using Fairtrade.Grains.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;

using Fairtrade.Grains.Tests.Infrastructure;

namespace Fairtrade.Grains.Tests.Storage;

public abstract partial class GrainStorageContract
{
    [Fact]
    public async Task InitializingTwiceKeepsTheDataAndTheTableUsable()
    {
        var storage = await OpenStorageAsync(await databases.NewAsync());
        var state = State(4);
        await storage.WriteStateAsync(Counter, Grain, state);

        await storage.InitializeAsync(CancellationToken.None);
        await storage.InitializeAsync(CancellationToken.None);
        await storage.WriteStateAsync(Counter, Grain, state.WithCount(5));

        (await ReadAsync(storage, Counter, Grain)).State.Count.ShouldBe(5);
        state.ETag.ShouldBe("2");
    }

    [Fact]
    public async Task SilosStartingTogetherCreateTheTableWithoutTrippingOverEachOther()
    {
        var database = await databases.NewAsync();

        var storages = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => OpenStorageAsync(database))));

        await storages[3].WriteStateAsync(Counter, Grain, State(3));
        (await ReadAsync(storages[5], Counter, Grain)).State.Count.ShouldBe(3);
    }

    [Fact]
    public async Task StartingTheSiloCreatesTheTableAtTheApplicationServicesStage()
    {
        var database = await databases.NewAsync();
        var lifecycle = new SiloLifecycleSubject(NullLogger<SiloLifecycleSubject>.Instance);
        var tableExists = new List<bool>();
        foreach (var stage in new[] { ServiceLifecycleStage.ApplicationServices - 1, ServiceLifecycleStage.ApplicationServices + 1 })
        {
            lifecycle.Subscribe($"probe-{stage}", stage, async _ => tableExists.Add(await TableExistsAsync(database)));
        }

        new SqlGrainStorage("test", database, NullLogger<SqlGrainStorage>.Instance).Participate(lifecycle);
        await lifecycle.OnStart(CancellationToken.None);

        tableExists.ShouldBe([false, true]);
    }

    [Fact]
    public async Task ConcurrentFirstWritesOfOneGrainLetExactlyOneWin()
    {
        var database = await databases.NewAsync();
        var storages = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenStorageAsync(database)));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => TryWriteAsync(storages[i % 4], Grain, i))));

        outcomes.Count(won => won).ShouldBe(1);
        Convert.ToInt64(await StorageDatabases.QueryAsync(database, "SELECT version FROM grain_state;")).ShouldBe(1);
    }

    [Fact]
    public async Task ConcurrentWritersWaitForEachOtherInsteadOfFailing()
    {
        var database = await databases.NewAsync();
        var storages = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenStorageAsync(database)));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => TryWriteAsync(storages[i % 4], GrainId.Create("test", $"key-{i}"), i))));

        outcomes.ShouldAllBe(won => won);
        Convert.ToInt64(await StorageDatabases.QueryAsync(database, "SELECT count(*) FROM grain_state;")).ShouldBe(40);
        (await ReadAsync(storages[0], Counter, GrainId.Create("test", "key-39"))).State.Count.ShouldBe(39);
    }

    [Fact]
    public async Task AWriteCutOffBeforeItsCommitLeavesTheLastVersionInPlace()
    {
        var database = await databases.NewAsync();
        var storage = await OpenStorageAsync(database);
        var state = State(1);
        await storage.WriteStateAsync(Counter, Grain, state);

        // A writer that changed the row and then lost its connection (a killed silo) before the commit.
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            var transaction = await connection.BeginTransactionAsync();
            await using var update = connection.Command("UPDATE grain_state SET version = version + 1, payload = '{\"count\":99}';", transaction);
            await update.ExecuteNonQueryAsync();
        }

        var read = await ReadAsync(storage, Counter, Grain);
        read.State.Count.ShouldBe(1);
        read.ETag.ShouldBe("1");
        await storage.WriteStateAsync(Counter, Grain, state.WithCount(2));
        state.ETag.ShouldBe("2");
    }

    [Fact]
    public async Task PingingAnswersForADatabaseThatIsThereAndThrowsForOneThatIsNot()
    {
        var database = await databases.NewAsync();
        await OpenStorageAsync(database);

        await Should.NotThrowAsync(() => database.PingAsync(CancellationToken.None));
        await Should.ThrowAsync<Exception>(() => databases.Unreachable().PingAsync(CancellationToken.None));
    }

    private static async Task<bool> TableExistsAsync(SqlDatabase database)
    {
        try
        {
            await StorageDatabases.QueryAsync(database, "SELECT count(*) FROM grain_state;");
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<bool> TryWriteAsync(SqlGrainStorage storage, GrainId grainId, int count)
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
