using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Towns;

[Collection(AppCollection.Name)]
public sealed class TownsApiTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task CreatingATownAnswersCreatedWithItsLocationAndEveryField()
    {
        var slug = Api.NewSlug();

        var response = await _admin.PostAsJsonAsync("/api/towns", new { slug, name = "Bottrop", population = 117_311, ruleset = "de-town", kind = "city", titleAwardedOn = "2025-03-01" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/towns/{slug}");
        var town = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        ((string?)town["slug"]).ShouldBe(slug);
        ((string?)town["kind"]).ShouldBe("city");
        ((int)town["population"]!).ShouldBe(117_311);
        ((string?)town["titleAwardedOn"]).ShouldBe("2025-03-01");
        ((string?)town["lastRenewedOn"]).ShouldBeNull();
        ((string?)town["createdAt"]).ShouldBe("2026-11-25T09:00:00+00:00");
        (await fixture.Anonymous.GetJsonAsync($"/api/towns/{slug}"))["name"]!.ToString().ShouldBe("Bottrop");
    }

    [Fact]
    public async Task ListingTownsIsPublicAndShowsEachTownsOverallStatus()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var towns = (await fixture.Anonymous.GetJsonAsync("/api/towns")).AsArray();

        var town = towns.Single(t => (string?)t!["slug"] == slug)!;
        ((string?)town["overall"]).ShouldBe("not-met");
        ((string?)town["ruleset"]).ShouldBe("de-town");
    }

    [Fact]
    public async Task CreatingATownTwiceAnswersConflictAndKeepsTheFirst()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug, population: 30_000);

        var response = await _admin.PostAsJsonAsync("/api/towns", new { slug, name = "Other", population = 50_000, ruleset = "de-town" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ((int)(await response.ProblemAsync())["status"]!).ShouldBe(409);
        ((int)(await _admin.GetJsonAsync($"/api/towns/{slug}"))["population"]!).ShouldBe(30_000);
    }

    [Fact]
    public async Task PatchingATownChangesOnlyTheFieldsGiven()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var response = await _admin.PatchAsJsonAsync($"/api/towns/{slug}", new { population = 120_000, lastRenewedOn = "2026-03-01" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var town = await _admin.GetJsonAsync($"/api/towns/{slug}");
        ((int)town["population"]!).ShouldBe(120_000);
        ((string?)town["lastRenewedOn"]).ShouldBe("2026-03-01");
        ((string?)town["name"]).ShouldBe($"Town {slug}");
    }

    [Fact]
    public async Task AnUnknownTownIsNotFound()
    {
        var response = await fixture.Anonymous.GetAsync("/api/towns/nowhere-at-all/status");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((string?)(await response.ProblemAsync())["detail"]).ShouldBe("There is no town 'nowhere-at-all'.");
    }

    [Fact]
    public async Task ASwissTownAbove250000InhabitantsIsRefusedBecauseNoNumbersArePublished()
    {
        var slug = Api.NewSlug();

        var response = await _admin.PostAsJsonAsync("/api/towns", new { slug, name = "Zürich", population = 436_000, ruleset = "ch-town" });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        ((string?)(await response.ProblemAsync())["detail"])!.ShouldContain("250,000");
        (await _admin.GetAsync($"/api/towns/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
