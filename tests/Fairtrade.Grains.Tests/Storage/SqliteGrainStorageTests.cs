using Fairtrade.Grains.Tests.Infrastructure;

namespace Fairtrade.Grains.Tests.Storage;

/// <summary>The storage contract on SQLite files, the embedded default.</summary>
public sealed class SqliteGrainStorageTests(SqliteDatabases databases) : GrainStorageContract(databases), IClassFixture<SqliteDatabases>
{
    [Fact]
    public async Task TheDatabaseRunsInWriteAheadLogMode()
    {
        var database = await databases.NewAsync();
        await (await OpenStorageAsync(database)).WriteStateAsync(Counter, Grain, State(1));

        var mode = await StorageDatabases.QueryAsync(database, "PRAGMA journal_mode;");

        mode.ShouldBe("wal");
    }
}
