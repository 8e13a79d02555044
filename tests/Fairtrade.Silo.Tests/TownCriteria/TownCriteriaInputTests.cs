using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.TownCriteria;

/// <summary>Bad council, steering-group and media input gets a 400 naming the field, and nothing is stored.</summary>
[Collection(AppCollection.Name)]
public sealed class TownCriteriaInputTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Theory]
    [InlineData("unknown sector", "steering-group", """{"name":"A","sector":"church"}""", "sector")]
    [InlineData("sector in C# spelling", "steering-group", """{"name":"A","sector":"CivilSociety"}""", "sector")]
    [InlineData("missing sector", "steering-group", """{"name":"A"}""", "sector")]
    [InlineData("missing name", "steering-group", """{"sector":"politics"}""", "name")]
    [InlineData("blank name", "steering-group", """{"name":"  ","sector":"politics"}""", "name")]
    [InlineData("unknown member field", "steering-group", """{"name":"A","sector":"politics","email":"a@example.org"}""", "email")]
    [InlineData("published two days ahead", "media", """{"publishedOn":"2026-11-27","outlet":"WAZ","title":"T"}""", "publishedOn")]
    [InlineData("published next year", "media", """{"publishedOn":"2027-11-25","outlet":"WAZ","title":"T"}""", "publishedOn")]
    [InlineData("publishedOn not a date", "media", """{"publishedOn":"last week","outlet":"WAZ","title":"T"}""", "publishedOn")]
    [InlineData("missing publishedOn", "media", """{"outlet":"WAZ","title":"T"}""", "publishedOn")]
    [InlineData("not a url", "media", """{"publishedOn":"2026-11-01","outlet":"WAZ","title":"T","url":"not a url"}""", "url")]
    [InlineData("script url", "media", """{"publishedOn":"2026-11-01","outlet":"WAZ","title":"T","url":"javascript:alert(1)"}""", "url")]
    [InlineData("missing outlet", "media", """{"publishedOn":"2026-11-01","title":"T"}""", "outlet")]
    [InlineData("missing title", "media", """{"publishedOn":"2026-11-01","outlet":"WAZ"}""", "title")]
    public async Task BadCriterionInputIsRefusedNamingTheFieldAndNothingIsStored(string why, string path, string json, string field)
    {
        var slug = await TownAsync();

        var response = await _admin.PostRawAsync($"/api/towns/{slug}/{path}", json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(field, why);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/{path}")).AsArray().ShouldBeEmpty(why);
    }

    [Fact]
    public async Task AnArticlePublishedTomorrowIsAccepted()
    {
        var slug = await TownAsync();

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/media", new { publishedOn = "2026-11-26", outlet = "WAZ", title = "Morgen" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/media")).AsArray().Select(a => (string?)a!["title"]).ShouldBe(["Morgen"]);
    }

    [Theory]
    [InlineData("missing products", """{"resolutionAdoptedOn":"2024-02-01"}""", "productsServed")]
    [InlineData("101 products", """{"resolutionAdoptedOn":"2024-02-01","productsServed":[PRODUCTS]}""", "productsServed")]
    [InlineData("resolution not a date", """{"resolutionAdoptedOn":"soon","productsServed":["Kaffee"]}""", "resolutionAdoptedOn")]
    [InlineData("unknown field", """{"productsServed":["Kaffee"],"mayor":"Y"}""", "mayor")]
    public async Task ABadCouncilIsRefusedNamingTheFieldAndTheCouncilStaysAsItWas(string why, string json, string field)
    {
        var slug = await TownAsync();
        (await _admin.PutAsJsonAsync($"/api/towns/{slug}/council", new { resolutionAdoptedOn = "2023-05-09", productsServed = new[] { "Kaffee", "Tee" } })).EnsureSuccessStatusCode();
        var products = string.Join(',', Enumerable.Range(1, 101).Select(i => $"\"p{i}\""));

        var response = await _admin.PutAsync($"/api/towns/{slug}/council", new StringContent(json.Replace("PRODUCTS", products), System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(field, why);
        var council = await _admin.GetJsonAsync($"/api/towns/{slug}/council");
        ((string?)council["resolutionAdoptedOn"]).ShouldBe("2023-05-09", why);
        council["productsServed"]!.AsArray().Select(p => (string?)p).ShouldBe(["Kaffee", "Tee"], why);
    }

    private async Task<string> TownAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        return slug;
    }
}
