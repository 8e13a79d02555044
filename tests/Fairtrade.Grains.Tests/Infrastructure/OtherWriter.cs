using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fairtrade.Grains.Tests.Infrastructure;

/// <summary>Another writer (a second silo, say) that changes a stored town behind its grain's back, or a database that refuses.</summary>
public static class OtherWriter
{
    public static async Task RenameTownAsync(string database, string slug, string name)
    {
        var storage = new SqlGrainStorage("other", new SqliteDatabase(database), NullLogger<SqlGrainStorage>.Instance);
        var grain = GrainId.Create("town", slug);
        var state = new GrainState<TownState>();
        await storage.ReadStateAsync(StateNames.Town, grain, state);
        state.State!.Profile = state.State.Profile! with { Name = name };
        await storage.WriteStateAsync(StateNames.Town, grain, state);
    }

    /// <summary>Until disposed, the database refuses to store any town's entry of a participant (as a full disk would).</summary>
    public static async Task<IAsyncDisposable> RefuseParticipantEntriesAsync(string database)
    {
        var sqlite = new SqliteDatabase(database);
        await StorageDatabases.QueryAsync(sqlite, """
            CREATE TRIGGER refuse_entries BEFORE INSERT ON grain_state WHEN NEW.state_name LIKE 'participants/%'
            BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;
            """);
        return new Refusal(sqlite);
    }

    private sealed class Refusal(SqliteDatabase database) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await StorageDatabases.QueryAsync(database, "DROP TRIGGER refuse_entries;");
    }
}
