using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Evidence;

[Collection(AppCollection.Name)]
public sealed class EvidenceApiTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    private async Task<string> TownWithShopAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Shop", products = new[] { "Kaffee", "Tee" } });
        return slug;
    }

    [Fact]
    public async Task EvidenceFromACoordinatorIsApprovedOnSubmissionAndValidForTwentyFourMonths()
    {
        var slug = await TownWithShopAsync();

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence", new { subject = "shop", kind = "declaration", effectiveDate = "2026-11-01", note = "Signed list" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var evidence = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        response.Headers.Location!.ToString().ShouldBe($"/api/towns/{slug}/evidence/{evidence["id"]}");
        ((string?)evidence["status"]).ShouldBe("approved");
        ((string?)evidence["validUntil"]).ShouldBe("2028-11-01");
        ((string?)evidence["submittedBy"]).ShouldBe("admin");
        ((string?)evidence["reviewedBy"]).ShouldBe("admin");
        ((string?)evidence["submittedAt"]).ShouldBe("2026-11-25T09:00:00+00:00");
        ((string?)evidence["note"]).ShouldBe("Signed list");
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}/evidence/{evidence["id"]}"))["subject"]).ShouldBe("shop");
    }

    [Fact]
    public async Task EvidenceOnTheTownsOwnCriteriaIsListedAndFilteredBySubjectAndStatus()
    {
        var slug = await TownWithShopAsync();
        var article = await _admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn = "2026-10-01", outlet = "WAZ", title = "Fair" });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "council", kind = "resolution", effectiveDate = "2024-01-15" });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "steering-group", kind = "member-list", effectiveDate = "2026-11-26" });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = $"media:{article["id"]}", kind = "article", effectiveDate = "2026-10-01" });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "shop", kind = "photo", effectiveDate = "2026-11-02" });

        var all = await _admin.GetJsonAsync($"/api/towns/{slug}/evidence");
        var council = await _admin.GetJsonAsync($"/api/towns/{slug}/evidence?subject=council");
        var expired = await _admin.GetJsonAsync($"/api/towns/{slug}/evidence?status=expired");
        var approved = await _admin.GetJsonAsync($"/api/towns/{slug}/evidence?status=approved");

        all.AsArray().Count.ShouldBe(4);
        ((string?)council.AsArray().ShouldHaveSingleItem()!["kind"]).ShouldBe("resolution");
        ((string?)expired.AsArray().ShouldHaveSingleItem()!["subject"]).ShouldBe("council");
        approved.AsArray().Select(e => (string?)e!["subject"]).Order().ShouldBe([$"media:{article["id"]}", "shop", "steering-group"]);
    }

    [Fact]
    public async Task AskingForAnUnknownEvidenceIdIsNotFound()
    {
        var slug = await TownWithShopAsync();

        var response = await _admin.GetAsync($"/api/towns/{slug}/evidence/0123456789abcdef");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public static TheoryData<string, object, string> BadEvidence => new()
    {
        { "two days ahead", new { subject = "shop", kind = "photo", effectiveDate = "2026-11-27" }, "effectiveDate" },
        { "not a date", new { subject = "shop", kind = "photo", effectiveDate = "yesterday" }, "effectiveDate" },
        { "unknown kind", new { subject = "shop", kind = "selfie", effectiveDate = "2026-11-01" }, "kind" },
        { "no such participant", new { subject = "ghost", kind = "photo", effectiveDate = "2026-11-01" }, "subject" },
        { "no such article", new { subject = "media:nope", kind = "article", effectiveDate = "2026-11-01" }, "subject" },
        { "path in subject", new { subject = "../shop", kind = "photo", effectiveDate = "2026-11-01" }, "subject" },
        { "missing subject", new { kind = "photo", effectiveDate = "2026-11-01" }, "subject" },
    };

    [Theory]
    [MemberData(nameof(BadEvidence))]
    public async Task BadEvidenceIsRefusedNamingTheFieldAndNothingIsStored(string why, object body, string field)
    {
        var slug = await TownWithShopAsync();

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(field, why);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence")).AsArray().ShouldBeEmpty(why);
    }

    [Fact]
    public async Task ListingByAnUnknownStatusIsRefusedNamingStatus()
    {
        var slug = await TownWithShopAsync();

        var response = await _admin.GetAsync($"/api/towns/{slug}/evidence?status=bogus");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["status"]);
    }
}
