using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Renewals;

/// <summary>The renewal cycle through the API: the campaign invites, the coordinator submits a frozen renewal, the campaign decides.</summary>
[Collection(AppCollection.Name)]
public sealed class RenewalCycleTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task AnInvitationGetsTheDeadlineOfTheRulesetsEightWeeks()
    {
        var (town, office) = await TownAndOfficeAsync();

        var response = await office.PostAsJsonAsync($"/api/towns/{town}/renewals", new { invitedOn = "2026-11-20" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var renewal = (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>())!;
        ((string?)renewal["deadline"]).ShouldBe("2027-01-15");
        response.Headers.Location!.ToString().ShouldBe($"/api/towns/{town}/renewals/{renewal["id"]}");
        var listed = (await _admin.GetJsonAsync($"/api/towns/{town}/renewals")).AsArray();
        listed.Select(r => (string?)r!["invitedOn"]).ShouldBe(["2026-11-20"]);
    }

    [Fact]
    public async Task ASecondInvitationWaitsForTheFirstOnesDecision()
    {
        var (town, office) = await TownAndOfficeAsync();
        var first = await office.PostCreatedAsync($"/api/towns/{town}/renewals", new { invitedOn = "2026-11-01" });

        (await office.PostAsJsonAsync($"/api/towns/{town}/renewals", new { invitedOn = "2026-11-20" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await office.PostOkAsync($"/api/towns/{town}/renewals/{first["id"]}/decision", new { decision = "denied", decidedOn = "2026-11-24" });
        (await office.PostAsJsonAsync($"/api/towns/{town}/renewals", new { invitedOn = "2026-11-25" })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("""{"invitedOn":"2026-11-27"}""", "invitedOn")]
    [InlineData("""{}""", "invitedOn")]
    [InlineData("""{"invitedOn":"25.11.2026"}""", "invitedOn")]
    [InlineData("""{"invitedOn":"2026-11-20","deadline":"2027-12-31"}""", "deadline")]
    public async Task ABadInvitationIsRefusedNamingItsFieldAndChangesNothing(string body, string field)
    {
        var (town, office) = await TownAndOfficeAsync();

        var response = await office.PostRawAsync($"/api/towns/{town}/renewals", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(f => f.Equals(field, StringComparison.OrdinalIgnoreCase));
        (await _admin.GetJsonAsync($"/api/towns/{town}/renewals")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task ARenewedDecisionStartsTheNextTitlePeriodFromItsDayAndLeavesEarlierDaysAsTheyWere()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town, titleAwardedOn: "2025-01-10");
        var before = await _admin.GetJsonAsync($"/api/towns/{town}/status?asOf=2026-11-01");
        ((string?)before["title"]!["renewalDueOn"]).ShouldBe("2027-01-10");
        var renewal = await _admin.PostCreatedAsync($"/api/towns/{town}/renewals", new { invitedOn = "2026-10-01" });

        var decided = await _admin.PostOkAsync($"/api/towns/{town}/renewals/{renewal["id"]}/decision",
            new { decision = "renewed", decidedOn = "2026-11-20", comment = "Well done." });

        ((string?)decided["decision"]).ShouldBe("renewed");
        ((string?)decided["comment"]).ShouldBe("Well done.");
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{town}"))["lastRenewedOn"]).ShouldBe("2026-11-20");
        var after = await _admin.GetJsonAsync($"/api/towns/{town}/status");
        ((string?)after["title"]!["renewalDueOn"]).ShouldBe("2028-11-20");
        ((string?)after["title"]!["state"]).ShouldBe("awarded");
        (await _admin.GetJsonAsync($"/api/towns/{town}/status?asOf=2026-11-01")).ToJsonString().ShouldBe(before.ToJsonString());
    }

    [Fact]
    public async Task ADeniedDecisionChangesNoDateAndADecisionIsTakenOnce()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town, titleAwardedOn: "2025-01-10");
        var renewal = await _admin.PostCreatedAsync($"/api/towns/{town}/renewals", new { invitedOn = "2026-10-01" });
        var decision = $"/api/towns/{town}/renewals/{renewal["id"]}/decision";

        await _admin.PostOkAsync(decision, new { decision = "denied", decidedOn = "2026-11-20" });

        (await _admin.GetJsonAsync($"/api/towns/{town}"))["lastRenewedOn"].ShouldBeNull();
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{town}/status"))["title"]!["renewalDueOn"]).ShouldBe("2027-01-10");
        (await _admin.PostAsJsonAsync(decision, new { decision = "renewed", decidedOn = "2026-11-21" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{"decision":"renewed","decidedOn":"2026-09-30"}""", "decidedOn")]
    [InlineData("""{"decision":"renewed","decidedOn":"2026-11-27"}""", "decidedOn")]
    [InlineData("""{"decision":"maybe","decidedOn":"2026-11-20"}""", "decision")]
    [InlineData("""{"decidedOn":"2026-11-20"}""", "decision")]
    public async Task ABadDecisionIsRefusedNamingItsFieldAndDecidesNothing(string body, string field)
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town, titleAwardedOn: "2025-01-10");
        var renewal = await _admin.PostCreatedAsync($"/api/towns/{town}/renewals", new { invitedOn = "2026-10-01" });

        var response = await _admin.PostRawAsync($"/api/towns/{town}/renewals/{renewal["id"]}/decision", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(f => f.Equals(field, StringComparison.OrdinalIgnoreCase));
        (await _admin.GetJsonAsync($"/api/towns/{town}/renewals"))[0]!["decision"].ShouldBeNull();
    }

    [Fact]
    public async Task AnUnknownRenewalIsNotFound()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town);

        (await _admin.GetAsync($"/api/towns/{town}/renewals/0123456789abcdef")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _admin.PostAsJsonAsync($"/api/towns/{town}/renewals/0123456789abcdef/decision", new { decision = "renewed", decidedOn = "2026-11-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _admin.PostAsync($"/api/towns/{town}/renewals/0123456789abcdef/submission", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _admin.GetAsync($"/api/towns/{town}/renewals/0123456789abcdef/submission.xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<(string Town, HttpClient Office)> TownAndOfficeAsync()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town, titleAwardedOn: "2025-01-10");
        var user = Api.NewSlug("office");
        await _admin.CreateAccountAsync(user, "campaign", []);
        return (town, await fixture.App.SignInAsync(user));
    }
}
