using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.TownCriteria;

[Collection(AppCollection.Name)]
public sealed class TownCriteriaApiTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task SettingTheCouncilStoresTheResolutionAndTheProductsServed()
    {
        var slug = await TownAsync();

        var response = await _admin.PutAsJsonAsync($"/api/towns/{slug}/council", new { resolutionAdoptedOn = "2024-02-01", productsServed = new[] { "Kaffee", "Tee", "tee" } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string?)(await response.Content.ReadFromJsonAsync<JsonNode>())!["resolutionAdoptedOn"]).ShouldBe("2024-02-01");
        var council = await _admin.GetJsonAsync($"/api/towns/{slug}/council");
        ((string?)council["resolutionAdoptedOn"]).ShouldBe("2024-02-01");
        Strings(council["productsServed"]).ShouldBe(["Kaffee", "Tee"]);
        council["evidence"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task TheCouncilShowsAStatusForEachPieceOfItsEvidence()
    {
        var slug = await TownAsync();
        (await _admin.PutAsJsonAsync($"/api/towns/{slug}/council", new { resolutionAdoptedOn = "2024-02-01", productsServed = new[] { "Kaffee", "Tee" } })).EnsureSuccessStatusCode();
        var recent = await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "council", kind = "resolution", effectiveDate = "2026-02-01" });
        var old = await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "council", kind = "minutes", effectiveDate = "2024-02-01" });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "steering-group", kind = "member-list", effectiveDate = "2026-02-01" });

        var evidence = (await _admin.GetJsonAsync($"/api/towns/{slug}/council"))["evidence"]!.AsArray();

        evidence.Count.ShouldBe(2);
        var current = evidence.Single(e => (string?)e!["id"] == (string?)recent["id"])!;
        ((string?)current["kind"]).ShouldBe("resolution");
        ((string?)current["status"]).ShouldBe("approved");
        ((string?)current["effectiveDate"]).ShouldBe("2026-02-01");
        ((string?)current["validUntil"]).ShouldBe("2028-02-01");
        var expired = evidence.Single(e => (string?)e!["id"] == (string?)old["id"])!;
        ((string?)expired["status"]).ShouldBe("expired");
    }

    [Fact]
    public async Task ANewTownHasNoCouncilResolutionYet()
    {
        var slug = await TownAsync();

        var council = await _admin.GetJsonAsync($"/api/towns/{slug}/council");

        ((string?)council["resolutionAdoptedOn"]).ShouldBeNull();
        council["productsServed"]!.AsArray().ShouldBeEmpty();
        council["evidence"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task SteeringGroupMembersAreAddedListedAndRemoved()
    {
        var slug = await TownAsync();

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/steering-group", new { name = "Anna Becker", sector = "civil-society", organisation = "Weltladen" });
        await _admin.PostOkAsync($"/api/towns/{slug}/steering-group", new { name = "Jonas Wagner", sector = "politics" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var member = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        var id = (string?)member["id"];
        id.ShouldNotBeNullOrWhiteSpace();
        response.Headers.Location!.ToString().ShouldBe($"/api/towns/{slug}/steering-group/{id}");
        ((string?)member["name"]).ShouldBe("Anna Becker");
        ((string?)member["sector"]).ShouldBe("civil-society");
        ((string?)member["organisation"]).ShouldBe("Weltladen");
        Names(await _admin.GetJsonAsync($"/api/towns/{slug}/steering-group")).ShouldBe(["Anna Becker", "Jonas Wagner"]);
        (await _admin.DeleteAsync($"/api/towns/{slug}/steering-group/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Names(await _admin.GetJsonAsync($"/api/towns/{slug}/steering-group")).ShouldBe(["Jonas Wagner"]);
        (await _admin.DeleteAsync($"/api/towns/{slug}/steering-group/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PressArticlesArePublicAndListedNewestFirst()
    {
        var slug = await TownAsync();
        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/media", new { publishedOn = "2026-03-01", outlet = "WAZ", title = "Older", url = "https://example.org/a" });
        await _admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn = "2026-11-26", outlet = "Radio Emscher-Lippe", title = "Newest" });
        await _admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn = "2026-09-01", outlet = "Stadtspiegel", title = "Newer" });

        var articles = (await fixture.Anonymous.GetJsonAsync($"/api/towns/{slug}/media")).AsArray();

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        ((string?)created["id"]).ShouldNotBeNullOrWhiteSpace();
        ((string?)created["publishedOn"]).ShouldBe("2026-03-01");
        ((string?)created["outlet"]).ShouldBe("WAZ");
        articles.Select(a => (string?)a!["title"]).ShouldBe(["Newest", "Newer", "Older"]);
        ((string?)articles[2]!["id"]).ShouldBe((string?)created["id"]);
        ((string?)articles[2]!["url"]).ShouldBe("https://example.org/a");
    }

    [Fact]
    public async Task TheCouncilAndSteeringGroupAndAddingArticlesNeedAToken()
    {
        var slug = await TownAsync();
        var member = await _admin.PostOkAsync($"/api/towns/{slug}/steering-group", new { name = "Anna", sector = "business" });
        var anonymous = fixture.Anonymous;

        (await anonymous.GetAsync($"/api/towns/{slug}/council")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PutAsJsonAsync($"/api/towns/{slug}/council", new { resolutionAdoptedOn = "2024-01-01", productsServed = new[] { "Kaffee" } })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/towns/{slug}/steering-group")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync($"/api/towns/{slug}/steering-group", new { name = "Eve", sector = "other" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.DeleteAsync($"/api/towns/{slug}/steering-group/{member["id"]}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync($"/api/towns/{slug}/media", new { publishedOn = "2026-11-01", outlet = "X", title = "Y" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}/council"))["resolutionAdoptedOn"]).ShouldBeNull();
        Names(await _admin.GetJsonAsync($"/api/towns/{slug}/steering-group")).ShouldBe(["Anna"]);
        (await anonymous.GetJsonAsync($"/api/towns/{slug}/media")).AsArray().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("GET", "council", null)]
    [InlineData("PUT", "council", """{"productsServed":["Kaffee"]}""")]
    [InlineData("GET", "steering-group", null)]
    [InlineData("POST", "steering-group", """{"name":"A","sector":"politics"}""")]
    [InlineData("DELETE", "steering-group/0123456789abcdef", null)]
    [InlineData("GET", "media", null)]
    [InlineData("POST", "media", """{"publishedOn":"2026-11-01","outlet":"X","title":"Y"}""")]
    public async Task TheCriteriaOfAnUnknownTownAreNotFound(string method, string path, string? body)
    {
        var slug = Api.NewSlug("nowhere");
        var request = new HttpRequestMessage(new HttpMethod(method), $"/api/towns/{slug}/{path}")
        {
            Content = body is null ? null : new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };

        var response = await _admin.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((int)(await response.ProblemAsync())["status"]!).ShouldBe(404);
        (await _admin.GetAsync($"/api/towns/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<string> TownAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        return slug;
    }

    private static string?[] Strings(JsonNode? array) => [.. array!.AsArray().Select(s => (string?)s)];

    private static string?[] Names(JsonNode members) => [.. members.AsArray().Select(m => (string?)m!["name"])];
}
