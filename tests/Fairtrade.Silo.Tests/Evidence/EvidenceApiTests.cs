using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Evidence;

[Collection(AppCollection.Name)]
public sealed class EvidenceApiTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task CoordinatorEvidenceIsApprovedOnSubmissionAndValidForTwentyFourMonths()
    {
        var slug = await TownWithShopAsync();

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence", new { subject = "shop", kind = "declaration", effectiveDate = "2026-11-01", note = "Signed by the owner" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var evidence = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        var id = (string?)evidence["id"];
        id.ShouldNotBeNullOrWhiteSpace();
        response.Headers.Location!.ToString().ShouldBe($"/api/towns/{slug}/evidence/{id}");
        ((string?)evidence["subject"]).ShouldBe("shop");
        ((string?)evidence["kind"]).ShouldBe("declaration");
        ((string?)evidence["effectiveDate"]).ShouldBe("2026-11-01");
        ((string?)evidence["validUntil"]).ShouldBe("2028-11-01");
        ((string?)evidence["status"]).ShouldBe("approved");
        ((string?)evidence["note"]).ShouldBe("Signed by the owner");
        ((string?)evidence["submittedAt"]).ShouldBe("2026-11-25T09:00:00+00:00");
        ((string?)evidence["submittedBy"]).ShouldBe("token:admin");
        ((string?)evidence["reviewedAt"]).ShouldBe("2026-11-25T09:00:00+00:00");
        ((string?)evidence["reviewedBy"]).ShouldBe("token:admin");
    }

    [Fact]
    public async Task EvidenceOnTheCouncilTheSteeringGroupAndAnArticleIsAccepted()
    {
        var slug = await TownWithShopAsync();
        var article = await _admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn = "2026-10-05", outlet = "WAZ", title = "Fairtrade in der Stadt" });
        var mediaSubject = $"media:{(string?)article["id"]}";

        var council = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence", new { subject = "council", kind = "resolution", effectiveDate = "2026-05-09" });
        var group = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence", new { subject = "steering-group", kind = "member-list", effectiveDate = "2026-11-01" });
        var press = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence", new { subject = mediaSubject, kind = "article", effectiveDate = "2026-10-05" });

        council.StatusCode.ShouldBe(HttpStatusCode.Created);
        group.StatusCode.ShouldBe(HttpStatusCode.Created);
        press.StatusCode.ShouldBe(HttpStatusCode.Created);
        ((string?)(await group.Content.ReadFromJsonAsync<JsonNode>())!["kind"]).ShouldBe("member-list");
        var all = (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence")).AsArray();
        all.Select(e => (string?)e!["subject"]).Order(StringComparer.Ordinal).ShouldBe(["council", mediaSubject, "steering-group"]);
        all.ShouldAllBe(e => (string?)e!["status"] == "approved");
    }

    [Fact]
    public async Task ListingFiltersBySubject()
    {
        var slug = await TownWithShopAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "cafe", kind = "catering", name = "Café" });
        var shopEvidence = await Evidence(slug, "shop", "2026-11-01");
        await Evidence(slug, "cafe", "2026-11-01");
        var councilEvidence = await Evidence(slug, "council", "2026-05-09");

        var shop = (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence?subject=shop")).AsArray();
        var council = (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence?subject=council")).AsArray();
        var nobody = (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence?subject=nobody")).AsArray();

        ((string?)shop.ShouldHaveSingleItem()!["id"]).ShouldBe(shopEvidence);
        ((string?)council.ShouldHaveSingleItem()!["id"]).ShouldBe(councilEvidence);
        nobody.ShouldBeEmpty();
        (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence")).AsArray().Count.ShouldBe(3);
    }

    [Fact]
    public async Task ListingFiltersByStatusOnTheDayAsked()
    {
        var slug = await TownWithShopAsync();
        var recent = await Evidence(slug, "shop", "2026-11-01");
        var older = await Evidence(slug, "council", "2025-01-10");

        var approvedToday = await IdsAsync($"/api/towns/{slug}/evidence?status=approved");
        var expiredIn2029 = await IdsAsync($"/api/towns/{slug}/evidence?status=expired&asOf=2029-01-01");
        var approvedIn2029 = await IdsAsync($"/api/towns/{slug}/evidence?status=approved&asOf=2029-01-01");
        var expiredMid2027 = await IdsAsync($"/api/towns/{slug}/evidence?status=expired&asOf=2027-06-01");
        var submitted = await IdsAsync($"/api/towns/{slug}/evidence?status=submitted");

        approvedToday.ShouldBe(new[] { recent, older }.Order(StringComparer.Ordinal));
        expiredIn2029.ShouldBe(new[] { recent, older }.Order(StringComparer.Ordinal));
        approvedIn2029.ShouldBeEmpty();
        expiredMid2027.ShouldBe([older]);
        submitted.ShouldBeEmpty();
    }

    [Fact]
    public async Task GettingEvidenceByIdShowsItAsItStandsOnTheDayAsked()
    {
        var slug = await TownWithShopAsync();
        var shopEvidence = await Evidence(slug, "shop", "2026-11-01");
        var councilEvidence = await Evidence(slug, "council", "2026-05-09");

        var shop = await _admin.GetJsonAsync($"/api/towns/{slug}/evidence/{shopEvidence}");
        var council = await _admin.GetJsonAsync($"/api/towns/{slug}/evidence/{councilEvidence}");
        var shopLater = await _admin.GetJsonAsync($"/api/towns/{slug}/evidence/{shopEvidence}?asOf=2029-01-01");

        ((string?)shop["subject"]).ShouldBe("shop");
        ((string?)shop["status"]).ShouldBe("approved");
        ((string?)council["subject"]).ShouldBe("council");
        ((string?)council["validUntil"]).ShouldBe("2028-05-09");
        ((string?)shopLater["status"]).ShouldBe("expired");
    }

    [Fact]
    public async Task EvidenceThatDoesNotExistIsNotFound()
    {
        var slug = await TownWithShopAsync();
        await Evidence(slug, "shop", "2026-11-01");

        var response = await _admin.GetAsync($"/api/towns/{slug}/evidence/0123456789abcdef");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((string?)(await response.ProblemAsync())["detail"]).ShouldBe($"There is no evidence '0123456789abcdef' in '{slug}'.");
    }

    [Fact]
    public async Task EvidenceOfOneTownIsNotFoundInAnother()
    {
        var slug = await TownWithShopAsync();
        var other = await TownWithShopAsync();
        var id = await Evidence(slug, "shop", "2026-11-01");

        var response = await _admin.GetAsync($"/api/towns/{other}/evidence/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _admin.GetJsonAsync($"/api/towns/{other}/evidence")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task EvidenceEffectiveTomorrowIsAcceptedAndCountsFromTomorrow()
    {
        var slug = await TownWithShopAsync();

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence", new { subject = "shop", kind = "declaration", effectiveDate = "2026-11-26" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        ((string?)(await response.Content.ReadFromJsonAsync<JsonNode>())!["validUntil"]).ShouldBe("2028-11-26");
        ((bool)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop"))["qualifies"]!).ShouldBeFalse();
        ((bool)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop?asOf=2026-11-26"))["qualifies"]!).ShouldBeTrue();
    }

    private async Task<string> TownWithShopAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Shop", products = new[] { "Kaffee", "Tee" } });
        return slug;
    }

    private async Task<string> Evidence(string slug, string subject, string effectiveDate) =>
        (string)(await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject, kind = "declaration", effectiveDate }))["id"]!;

    private async Task<string?[]> IdsAsync(string path) =>
        [.. (await _admin.GetJsonAsync(path)).AsArray().Select(e => (string?)e!["id"]).Order(StringComparer.Ordinal)];
}
