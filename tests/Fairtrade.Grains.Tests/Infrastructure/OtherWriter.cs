using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fairtrade.Grains.Tests.Infrastructure;

/// <summary>Another writer (a second silo, say) that changes a stored town behind its grain's back.</summary>
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
}
