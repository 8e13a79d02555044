using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Towns;

/// <summary>Every bad input of issue 2 gets a clear 4xx naming what is wrong, and nothing is stored.</summary>
[Collection(AppCollection.Name)]
public sealed class TownInputTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    public static TheoryData<string, string, string> BadTowns => new()
    {
        { "zero population", """{"slug":"SLUG","name":"X","population":0,"ruleset":"de-town"}""", "population" },
        { "negative population", """{"slug":"SLUG","name":"X","population":-5,"ruleset":"de-town"}""", "population" },
        { "absurd population", """{"slug":"SLUG","name":"X","population":50000001,"ruleset":"de-town"}""", "population" },
        { "huge population", """{"slug":"SLUG","name":"X","population":1000000000000,"ruleset":"de-town"}""", "population" },
        { "text population", """{"slug":"SLUG","name":"X","population":"many","ruleset":"de-town"}""", "population" },
        { "missing population", """{"slug":"SLUG","name":"X","ruleset":"de-town"}""", "population" },
        { "unknown ruleset", """{"slug":"SLUG","name":"X","population":1000,"ruleset":"xx-town"}""", "ruleset" },
        { "unknown kind", """{"slug":"SLUG","name":"X","population":1000,"ruleset":"de-town","kind":"village"}""", "kind" },
        { "unknown field", """{"slug":"SLUG","name":"X","population":1000,"ruleset":"de-town","mayor":"Y"}""", "mayor" },
        { "not a date", """{"slug":"SLUG","name":"X","population":1000,"ruleset":"de-town","titleAwardedOn":"soon"}""", "titleAwardedOn" },
        { "impossible date", """{"slug":"SLUG","name":"X","population":1000,"ruleset":"de-town","titleAwardedOn":"2026-02-30"}""", "titleAwardedOn" },
        { "date beyond 2199", """{"slug":"SLUG","name":"X","population":1000,"ruleset":"de-town","titleAwardedOn":"9999-12-31"}""", "titleAwardedOn" },
        { "date before 1900", """{"slug":"SLUG","name":"X","population":1000,"ruleset":"de-town","lastRenewedOn":"0001-01-01"}""", "lastRenewedOn" },
        { "empty name", """{"slug":"SLUG","name":"","population":1000,"ruleset":"de-town"}""", "name" },
        { "malformed JSON", """{"slug":"SLUG","name":"X","population":1000,""", "body" },
    };

    [Theory]
    [MemberData(nameof(BadTowns))]
    public async Task ABadTownIsRefusedNamingTheFieldAndNothingIsStored(string why, string json, string field)
    {
        var slug = Api.NewSlug("bad");

        var response = await _admin.PostRawAsync("/api/towns", json.Replace("SLUG", slug));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(field, why);
        await NothingStoredAsync(slug);
    }

    [Theory]
    [InlineData("Bad Slug")]
    [InlineData("UPPER")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij")]
    public async Task ASlugThatIsNotAnIdentifierIsRefused(string slug)
    {
        var response = await _admin.PostAsJsonAsync("/api/towns", new { slug, name = "X", population = 1000, ruleset = "de-town" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["slug"]);
        (await _admin.GetJsonAsync("/api/towns")).AsArray().ShouldNotContain(t => (string?)t!["name"] == "X" && (string?)t["slug"] == slug);
    }

    [Fact]
    public async Task ABodyOverOneMebibyteIsRefusedAsTooLarge()
    {
        var slug = Api.NewSlug("big");
        var json = $$"""{"slug":"{{slug}}","name":"{{new string('x', 1024 * 1024)}}","population":1000,"ruleset":"de-town"}""";

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/towns") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        // The client waits for the go-ahead before it sends the body, so the refusal cannot race a body the server
        // will not read (which, on a busy machine, cut the connection before the answer was read).
        request.Headers.ExpectContinue = true;

        var response = await _admin.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        await NothingStoredAsync(slug);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token")]
    [InlineData("Basic dGVzdDp0ZXN0")]
    public async Task CreatingATownWithoutTheAdminTokenIsUnauthorized(string? authorization)
    {
        var slug = Api.NewSlug("anon");
        var client = fixture.App.CreateClientAs("anonymous");
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await client.PostAsJsonAsync("/api/towns", new { slug, name = "X", population = 1000, ruleset = "de-town" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await NothingStoredAsync(slug);
    }

    [Fact]
    public async Task AStatusAskedForANonDateIsRefusedNamingAsOf()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var response = await _admin.GetAsync($"/api/towns/{slug}/status?asOf=25.11.2026");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["asOf"]);
    }

    private async Task NothingStoredAsync(string slug)
    {
        (await _admin.GetAsync($"/api/towns/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _admin.GetJsonAsync("/api/towns")).AsArray().ShouldNotContain(t => (string?)t!["slug"] == slug);
    }
}
