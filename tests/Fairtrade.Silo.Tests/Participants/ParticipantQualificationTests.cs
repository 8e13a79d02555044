using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Participants;

/// <summary>Whether a participant counts on the day asked, and why not (docs/api.md, "What counts").</summary>
[Collection(AppCollection.Name)]
public sealed class ParticipantQualificationTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task AShopWithTwoProductsAndApprovedEvidenceQualifies()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "rewe", kind = "retail", name = "REWE", products = new[] { "Kaffee", "Bananen" } });

        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "rewe", kind = "declaration", effectiveDate = "2026-11-01" });

        var rewe = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/rewe");
        ((bool)rewe["qualifies"]!).ShouldBeTrue();
        rewe["reasons"]!.AsArray().ShouldBeEmpty();
        var evidence = rewe["evidence"]!.AsArray().ShouldHaveSingleItem()!;
        ((string?)evidence["status"]).ShouldBe("approved");
        ((string?)evidence["validUntil"]).ShouldBe("2028-11-01");
    }

    [Fact]
    public async Task AShopWithOneProductDoesNotQualifyAndSaysItNeedsAtLeastTwo()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "kiosk", kind = "retail", name = "Kiosk", products = new[] { "Kaffee" } });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "kiosk", kind = "photo", effectiveDate = "2026-11-01" });

        var kiosk = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/kiosk");

        ((bool)kiosk["qualifies"]!).ShouldBeFalse();
        var reason = Strings(kiosk["reasons"]).ShouldHaveSingleItem()!;
        reason.ShouldContain("at least 2");
        reason.ShouldBe("It offers 1 Fairtrade product; at least 2 are needed.");
    }

    [Fact]
    public async Task AProductNamedTwiceInDifferentCaseCountsOnce()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "kiosk", kind = "retail", name = "Kiosk", products = new[] { "Kaffee", "KAFFEE" } });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "kiosk", kind = "photo", effectiveDate = "2026-11-01" });

        var kiosk = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/kiosk");

        Strings(kiosk["products"]).ShouldBe(["Kaffee"]);
        ((bool)kiosk["qualifies"]!).ShouldBeFalse();
    }

    [Fact]
    public async Task AShopStopsQualifyingOnceItsEvidenceHasExpired()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "rewe", kind = "retail", name = "REWE", products = new[] { "Kaffee", "Bananen" } });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "rewe", kind = "declaration", effectiveDate = "2026-11-01" });

        var lastDay = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/rewe?asOf=2028-10-31");
        var later = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/rewe?asOf=2029-01-01");
        var listedLater = (await _admin.GetJsonAsync($"/api/towns/{slug}/participants?asOf=2029-01-01")).AsArray().ShouldHaveSingleItem()!;

        ((bool)lastDay["qualifies"]!).ShouldBeTrue();
        ((bool)later["qualifies"]!).ShouldBeFalse();
        Strings(later["reasons"]).ShouldBe(["It has no approved evidence valid on 2029-01-01."]);
        ((string?)later["evidence"]![0]!["status"]).ShouldBe("expired");
        ((bool)listedLater["qualifies"]!).ShouldBeFalse();
        ((string?)listedLater["evidence"]![0]!["status"]).ShouldBe("expired");
    }

    [Fact]
    public async Task AnActivityCountsASchoolForTwelveMonths()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "gymnasium", kind = "school", name = "Gymnasium", products = new[] { "Kakao" } });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "gymnasium", kind = "declaration", effectiveDate = "2026-01-10" });

        await _admin.PostOkAsync($"/api/towns/{slug}/participants/gymnasium/activities", new { date = "2026-02-01", title = "Faire Woche" });

        ((bool)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/gymnasium?asOf=2027-01-31"))["qualifies"]!).ShouldBeTrue();
        var lapsed = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/gymnasium?asOf=2027-02-01");
        ((bool)lapsed["qualifies"]!).ShouldBeFalse();
        Strings(lapsed["reasons"]).ShouldBe(["It has no Fairtrade activity in the 12 months up to 2027-02-01."]);
    }

    [Fact]
    public async Task AParticipantNamedCouncilGetsAnIdItsOwnEvidenceCanReach()
    {
        var slug = await TownAsync();
        var created = await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { kind = "catering", name = "Council", products = new[] { "Kaffee", "Tee" } });
        var id = (string)created["id"]!;

        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = id, kind = "declaration", effectiveDate = "2026-11-01" });

        var participant = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/{id}");
        participant["evidence"]!.AsArray().Count.ShouldBe(1);
        ((bool)participant["qualifies"]!).ShouldBeTrue();
        (await _admin.GetJsonAsync($"/api/towns/{slug}/council"))["evidence"]!.AsArray().ShouldBeEmpty();
    }

    private async Task<string> TownAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        return slug;
    }

    private static string?[] Strings(JsonNode? array) => [.. array!.AsArray().Select(s => (string?)s)];
}
