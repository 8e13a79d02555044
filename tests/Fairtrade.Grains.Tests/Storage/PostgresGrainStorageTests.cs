using Fairtrade.Grains.Storage;
using Fairtrade.TestServers;

using Fairtrade.Grains.Tests.Infrastructure;

namespace Fairtrade.Grains.Tests.Storage;

/// <summary>The storage contract on PostgreSQL, as a cluster runs it.</summary>
public sealed class PostgresGrainStorageTests(PostgresDatabases databases) : GrainStorageContract(databases)
{
    [Fact]
    public async Task EveryAcknowledgedWriteSurvivesACrashOfTheServer()
    {
        // A server of its own: the crash would cut off the other tests' connections.
        await using var server = await PostgresServer.StartAsync();
        await using var database = new PostgresDatabase(await server.CreateDatabaseAsync());
        var storage = await OpenStorageAsync(database);
        var grains = Enumerable.Range(0, 50).Select(i => GrainId.Create("test", $"key-{i}")).ToArray();
        foreach (var (grain, i) in grains.Select((g, i) => (g, i)))
        {
            var state = State(i);
            await storage.WriteStateAsync(Counter, grain, state);
            await storage.WriteStateAsync(Counter, grain, state.WithCount(i + 1000));
        }

        await server.CrashAndRestartAsync();

        await using var afterCrash = new PostgresDatabase(server.ConnectionString(database.Name));
        var restarted = await OpenStorageAsync(afterCrash);
        foreach (var (grain, i) in grains.Select((g, i) => (g, i)))
        {
            var read = await ReadAsync(restarted, Counter, grain);
            read.State.Count.ShouldBe(i + 1000);
            read.ETag.ShouldBe("2");
        }
    }
}
