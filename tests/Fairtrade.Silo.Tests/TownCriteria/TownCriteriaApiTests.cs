using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.TownCriteria;

[Collection(AppCollection.Name)]
public sealed class TownCriteriaApiTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    private async Task<string> TownAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        return slug;
    }

    [Fact]
    public async Task TheCouncilResolutionIsStoredWithItsEvidence()
    {
        var slug = await TownAsync();

        var put = await _admin.PutAsJsonAsync($"/api/towns/{slug}/council", new { resolutionAdoptedOn = "2024-02-01", productsServed = new[] { "Kaffee", "Tee", "tee" } });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "council", kind = "resolution", effectiveDate = "2026-02-01" });
        var council = await _admin.GetJsonAsync($"/api/towns/{slug}/council");

        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string?)council["resolutionAdoptedOn"]).ShouldBe("2024-02-01");
        council["productsServed"]!.AsArray().Select(p => (string?)p).ShouldBe(["Kaffee", "Tee"]);
        ((string?)council["evidence"]!.AsArray().ShouldHaveSingleItem()!["status"]).ShouldBe("approved");
    }

    [Fact]
    public async Task SteeringGroupMembersAreAddedListedAndRemoved()
    {
        var slug = await TownAsync();

        var member = await _admin.PostOkAsync($"/api/towns/{slug}/steering-group", new { name = "Anna Becker", sector = "civil-society", organisation = "Weltladen" });
        await _admin.PostOkAsync($"/api/towns/{slug}/steering-group", new { name = "Jonas Wagner", sector = "politics" });
        var listed = await _admin.GetJsonAsync($"/api/towns/{slug}/steering-group");
        var removed = await _admin.DeleteAsync($"/api/towns/{slug}/steering-group/{member["id"]}");
        var again = await _admin.DeleteAsync($"/api/towns/{slug}/steering-group/{member["id"]}");

        ((string?)member["sector"]).ShouldBe("civil-society");
        listed.AsArray().Count.ShouldBe(2);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/steering-group")).AsArray().Select(m => (string?)m!["name"]).ShouldBe(["Jonas Wagner"]);
    }

    [Fact]
    public async Task PressArticlesArePublicAndListedNewestFirst()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn = "2026-03-01", outlet = "WAZ", title = "Older", url = "https://example.org/a" });
        await _admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn = "2026-09-01", outlet = "Radio", title = "Newer" });

        var articles = await fixture.Anonymous.GetJsonAsync($"/api/towns/{slug}/media");

        articles.AsArray().Select(a => (string?)a!["title"]).ShouldBe(["Newer", "Older"]);
        ((string?)articles[1]!["url"]).ShouldBe("https://example.org/a");
    }

    [Theory]
    [InlineData("/steering-group", """{"name":"A","sector":"church"}""", "sector")]
    [InlineData("/steering-group", """{"sector":"politics"}""", "name")]
    [InlineData("/media", """{"publishedOn":"2026-11-27","outlet":"WAZ","title":"T"}""", "publishedOn")]
    [InlineData("/media", """{"publishedOn":"2026-11-01","outlet":"WAZ","title":"T","url":"not a url"}""", "url")]
    [InlineData("/media", """{"publishedOn":"2026-11-01","title":"T"}""", "outlet")]
    public async Task BadCriterionInputIsRefusedNamingTheFieldAndNothingIsStored(string path, string json, string field)
    {
        var slug = await TownAsync();

        var response = await _admin.PostRawAsync($"/api/towns/{slug}{path}", json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(field);
        (await _admin.GetJsonAsync($"/api/towns/{slug}{path}")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task TheCouncilAndSteeringGroupNeedAToken()
    {
        var slug = await TownAsync();

        (await fixture.Anonymous.GetAsync($"/api/towns/{slug}/council")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await fixture.Anonymous.GetAsync($"/api/towns/{slug}/steering-group")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await fixture.Anonymous.PutAsJsonAsync($"/api/towns/{slug}/council", new { productsServed = new[] { "Kaffee" } })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}/council"))["resolutionAdoptedOn"]).ShouldBeNull();
    }
}
