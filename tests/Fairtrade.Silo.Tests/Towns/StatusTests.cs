using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Towns;

[Collection(AppCollection.Name)]
public sealed class StatusTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task BottropIsMetExactlyWhenTheLastRequiredShopQualifies()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);

        var before = await fixture.Anonymous.GetJsonAsync($"/api/towns/{slug}/status?asOf=2026-11-25");
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop-22", kind = "retail", name = "Weltladen", products = new[] { "Kaffee", "Tee" } });
        var withoutEvidence = await fixture.Anonymous.GetJsonAsync($"/api/towns/{slug}/status?asOf=2026-11-25");
        await _admin.EvidenceAsync(slug, "shop-22", "photo", "2026-11-25");
        var after = await fixture.Anonymous.GetJsonAsync($"/api/towns/{slug}/status?asOf=2026-11-25");

        ((string?)before["overall"]).ShouldBe("not-met");
        before.Criterion("retail-catering")["gaps"]!.AsArray().Select(g => (string?)g).ShouldBe(["1 more retail outlet with at least 2 Fairtrade products"]);
        ((int)before.Criterion("retail-catering")["actual"]!["retail"]!).ShouldBe(21);
        ((string?)withoutEvidence["overall"]).ShouldBe("not-met");
        ((int)after.Criterion("retail-catering")["actual"]!["retail"]!).ShouldBe(22);
        ((string?)after["overall"]).ShouldBe("at-risk");
        after["criteria"]!.AsArray().ShouldAllBe(c => (bool)c!["met"]!);
    }

    [Fact]
    public async Task AnExpiringDeclarationTurnsTheTownAtRiskThenNotMetOnItsDay()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        await _admin.AddParticipantAsync(slug, "shop-22", "retail", BottropScenario.Evidence);

        var longBefore = await _admin.GetJsonAsync($"/api/towns/{slug}/status?asOf=2026-11-01");
        var soon = await _admin.GetJsonAsync($"/api/towns/{slug}/status?asOf=2026-11-25");
        var lastDay = await _admin.GetJsonAsync($"/api/towns/{slug}/status?asOf=2027-01-09");
        var expired = await _admin.GetJsonAsync($"/api/towns/{slug}/status?asOf={BottropScenario.MokkaExpires}");

        ((string?)longBefore["overall"]).ShouldBe("met");
        ((string?)(await _admin.GetJsonAsync("/api/towns?asOf=2026-11-01")).AsArray().Single(t => (string?)t!["slug"] == slug)!["overall"]).ShouldBe("met");
        ((string?)soon["overall"]).ShouldBe("at-risk");
        var expiring = soon["expiringSoon"]!.AsArray().ShouldHaveSingleItem()!;
        ((string?)expiring["subject"]).ShouldBe("cafe-mokka");
        ((string?)expiring["validUntil"]).ShouldBe(BottropScenario.MokkaExpires);
        ((int)lastDay.Criterion("retail-catering")["actual"]!["catering"]!).ShouldBe(11);
        ((string?)expired["overall"]).ShouldBe("not-met");
        ((int)expired.Criterion("retail-catering")["actual"]!["catering"]!).ShouldBe(10);
    }

    [Fact]
    public async Task ArticlesAgeingOutAndTheRenewalDateShowInTheStatus()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);

        var afterOldestArticle = await _admin.GetJsonAsync($"/api/towns/{slug}/status?asOf=2027-01-15");
        var renewal = await _admin.GetJsonAsync($"/api/towns/{slug}/status?asOf=2027-02-01");
        var lapsed = await _admin.GetJsonAsync($"/api/towns/{slug}/status?asOf=2027-03-02");

        ((int)afterOldestArticle.Criterion("media")["actual"]!["articles"]!).ShouldBe(3);
        ((string?)renewal["title"]!["state"]).ShouldBe("renewal-due");
        ((string?)renewal["title"]!["renewalDueOn"]).ShouldBe("2027-03-01");
        ((string?)lapsed["title"]!["state"]).ShouldBe("lapsed");
    }

    [Fact]
    public async Task WithoutAsOfTheStatusIsForTodayInTheCampaignsTimeZone()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var status = await fixture.Anonymous.GetJsonAsync($"/api/towns/{slug}/status");

        ((string?)status["asOf"]).ShouldBe("2026-11-25");
        ((string?)status["title"]!["state"]).ShouldBe("candidate");
        status["criteria"]!.AsArray().Select(c => (string?)c!["key"]).ShouldBe(["council", "steering-group", "retail-catering", "civil-society", "media"]);
    }

    [Theory]
    [InlineData("9999-12-31", HttpStatusCode.BadRequest)]
    [InlineData("1899-12-31", HttpStatusCode.BadRequest)]
    [InlineData("2199-12-31", HttpStatusCode.OK)]
    [InlineData("1900-01-01", HttpStatusCode.OK)]
    public async Task TheStatusIsAnsweredForDaysFrom1900To2199AndRefusedNamingAsOfOutside(string asOf, HttpStatusCode expected)
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);

        var response = await fixture.Anonymous.GetAsync($"/api/towns/{slug}/status?asOf={asOf}");

        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.BadRequest)
        {
            (await response.ProblemAsync()).ErrorFields().ShouldBe(["asOf"]);
        }
    }

    [Fact]
    public async Task ExpiringSoonLeavesOutArchivedParticipantsAndHidesUnlistedOnesFromThePublic()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        foreach (var (id, listPublicly) in new[] { ("listed", true), ("unlisted", false), ("closed", true) })
        {
            await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id, kind = "catering", name = id, products = new[] { "Kaffee", "Tee" }, listPublicly });
            await _admin.EvidenceAsync(slug, id, "declaration", "2024-12-10");
        }

        (await _admin.DeleteAsync($"/api/towns/{slug}/participants/closed")).EnsureSuccessStatusCode();
        var forCoordinator = await _admin.GetJsonAsync($"/api/towns/{slug}/status");
        var forPublic = await fixture.Anonymous.GetJsonAsync($"/api/towns/{slug}/status");

        forCoordinator["expiringSoon"]!.AsArray().Select(e => (string?)e!["subject"]).Order().ShouldBe(["listed", "unlisted"]);
        forPublic["expiringSoon"]!.AsArray().Select(e => (string?)e!["subject"]).ShouldBe(["listed"]);
    }
}
