using System.Text.Json;
using System.Text.Json.Nodes;
using Fairtrade.Abstractions;
using Fairtrade.Grains.Storage;
using Fairtrade.Grains.Tests.Infrastructure;

namespace Fairtrade.Grains.Tests.Persistence.StoredContract;

/// <summary>
/// A silo on the fixture of state stored before its names were pinned (<see cref="TodaysStateFixture"/>): the grains
/// answer with the values stored there, compared under the names they were stored by.
/// </summary>
public sealed class TodaysStateGrainTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private List<FixtureRow> _rows = [];
    private TestSilo _silo = null!;

    public async ValueTask InitializeAsync()
    {
        var database = TodaysStateFixture.CopyTo(_folder);
        _rows = await TodaysStateFixture.RowsAsync(database);
        _silo = await TestSilo.StartAsync(database);
    }

    public async ValueTask DisposeAsync()
    {
        await _silo.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task AccountsAnswerWithTheirStoredNamesRolesTownsAndTokens()
    {
        foreach (var key in Keys())
        {
            var account = await _silo.Grains.Account(key).GetAsync();
            var stored = Stored("account", key);
            if (!(bool)stored["exists"]!)
            {
                account.ShouldBeNull(key);
                continue;
            }

            account.ShouldNotBeNull(key);
            Answered(new { account.DisplayName, account.Role, account.Towns, account.Disabled, account.CreatedAt, account.Tokens, account.SecurityStamp })
                .ShouldBe(Shape(stored, "displayName", "role", "towns", "disabled", "createdAt", "tokens", "securityStamp"), key);
        }
    }

    [Fact]
    public async Task TownsAnswerWithTheirStoredProfileCouncilSteeringGroupMediaAndParticipants()
    {
        foreach (var key in Keys())
        {
            var town = _silo.Grains.Town(key);
            var stored = Stored("town", key);

            Answered(await town.GetProfileAsync()).ShouldBe(stored["profile"]!.ToJsonString(), key);
            Answered(await town.GetCouncilAsync()).ShouldBe(stored["council"]!.ToJsonString(), key);
            Answered(await town.GetSteeringGroupAsync()).ShouldBe(stored["steeringGroup"]!.ToJsonString(), key);
            Items(Answered(await town.GetMediaAsync())).ShouldBe(Items(stored["media"]!.ToJsonString()), ignoreOrder: true, key);

            // Entries stored the old way (in the town's state) and as records share ids in the fixture: one of each is answered.
            var entries = stored["participants"]!.AsObject().Select(entry => entry.Value!).Append(Stored("participants/" + key, key)).ToArray();
            var answered = await town.GetParticipantsAsync();
            answered.Select(entry => entry.Id).ShouldBe(entries.Select(entry => (string)entry["id"]!).Distinct(), ignoreOrder: true, key);
            answered.Select(Answered).ShouldBeSubsetOf(entries.Select(entry => entry.ToJsonString()), key);
        }
    }

    [Fact]
    public async Task TownsFeaturesAnswerWithTheirStoredRenewalsNotificationsCalendarLinksAndBarrierReports()
    {
        foreach (var key in Keys())
        {
            Answered(await _silo.Grains.Renewals(key).ListAsync()).ShouldBe(Stored("renewals", key)["renewals"]!.ToJsonString(), key);
            Answered(await _silo.Grains.CalendarLinks(key).GetLinksAsync()).ShouldBe(Stored("calendar-links", key)["links"]!.ToJsonString(), key);
            Answered(await _silo.Grains.Notifications(key).ListAsync()).ShouldBe(Stored("notifications", key)["outbox"]!.ToJsonString(), key);
            Answered(await _silo.Grains.GetGrain<Abstractions.Accessibility.IBarrierReportsGrain>(key).ListAsync())
                .ShouldBe(Stored("barrier-reports", key)["reports"]!.ToJsonString(), key);
        }
    }

    private static IEnumerable<string> Keys() => Enumerable.Range(0, TodaysStateFixture.Variants).Select(variant => $"fixture-{variant}");

    private JsonNode Stored(string state, string key) => _rows.Single(row => row.State == state && row.Grain.EndsWith("/" + key, StringComparison.Ordinal)).Json;

    // Through a parse, as the stored JSON is read: both then escape alike.
    private static string Answered<T>(T answer) => JsonNode.Parse(JsonSerializer.Serialize(answer, StoredJson.Options))!.ToJsonString();

    private static string[] Items(string array) => [.. JsonNode.Parse(array)!.AsArray().Select(item => item!.ToJsonString())];

    private static string Shape(JsonNode stored, params string[] names) =>
        new JsonObject(names.Select(name => KeyValuePair.Create(name, stored[name]?.DeepClone()))).ToJsonString();
}
