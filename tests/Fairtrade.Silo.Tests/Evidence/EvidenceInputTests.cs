using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Evidence;

/// <summary>Bad evidence gets a 400 naming the field, and no evidence is stored anywhere.</summary>
[Collection(AppCollection.Name)]
public sealed class EvidenceInputTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    public static TheoryData<string, string, string> BadEvidence => new()
    {
        { "two days ahead", """{"subject":"shop","kind":"photo","effectiveDate":"2026-11-27"}""", "effectiveDate" },
        { "a year ahead", """{"subject":"council","kind":"resolution","effectiveDate":"2027-11-25"}""", "effectiveDate" },
        { "not a date", """{"subject":"shop","kind":"photo","effectiveDate":"yesterday"}""", "effectiveDate" },
        { "impossible date", """{"subject":"shop","kind":"photo","effectiveDate":"2026-02-30"}""", "effectiveDate" },
        { "german date", """{"subject":"shop","kind":"photo","effectiveDate":"01.11.2026"}""", "effectiveDate" },
        { "missing date", """{"subject":"shop","kind":"photo"}""", "effectiveDate" },
        { "unknown kind", """{"subject":"shop","kind":"selfie","effectiveDate":"2026-11-01"}""", "kind" },
        { "kind in C# spelling", """{"subject":"shop","kind":"MemberList","effectiveDate":"2026-11-01"}""", "kind" },
        { "kind as a number", """{"subject":"shop","kind":2,"effectiveDate":"2026-11-01"}""", "kind" },
        { "missing kind", """{"subject":"shop","effectiveDate":"2026-11-01"}""", "kind" },
        { "no such participant", """{"subject":"ghost","kind":"photo","effectiveDate":"2026-11-01"}""", "subject" },
        { "participant id in capitals", """{"subject":"SHOP","kind":"photo","effectiveDate":"2026-11-01"}""", "subject" },
        { "no such article", """{"subject":"media:nope","kind":"article","effectiveDate":"2026-11-01"}""", "subject" },
        { "article id left out", """{"subject":"media:","kind":"article","effectiveDate":"2026-11-01"}""", "subject" },
        { "path in subject", """{"subject":"../shop","kind":"photo","effectiveDate":"2026-11-01"}""", "subject" },
        { "empty subject", """{"subject":"","kind":"photo","effectiveDate":"2026-11-01"}""", "subject" },
        { "missing subject", """{"kind":"photo","effectiveDate":"2026-11-01"}""", "subject" },
        { "note too long", $$"""{"subject":"shop","kind":"photo","effectiveDate":"2026-11-01","note":"{{new string('n', 2001)}}"}""", "note" },
        { "unknown field", """{"subject":"shop","kind":"photo","effectiveDate":"2026-11-01","approvedBy":"me"}""", "approvedBy" },
    };

    [Theory]
    [MemberData(nameof(BadEvidence))]
    public async Task BadEvidenceIsRefusedNamingTheFieldAndNothingIsStored(string why, string json, string field)
    {
        var slug = await TownWithShopAsync();

        var response = await _admin.PostRawAsync($"/api/towns/{slug}/evidence", json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(field, why);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence")).AsArray().ShouldBeEmpty(why);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop"))["evidence"]!.AsArray().ShouldBeEmpty(why);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/council"))["evidence"]!.AsArray().ShouldBeEmpty(why);
    }

    [Fact]
    public async Task EvidenceForAParticipantOfAnotherTownIsRefusedNamingSubject()
    {
        var slug = await TownWithShopAsync();
        var other = Api.NewSlug();
        await _admin.CreateTownAsync(other);
        await _admin.PostOkAsync($"/api/towns/{other}/participants", new { id = "elsewhere", kind = "retail", name = "Elsewhere" });

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence", new { subject = "elsewhere", kind = "photo", effectiveDate = "2026-11-01" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["subject"]);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence")).AsArray().ShouldBeEmpty();
        (await _admin.GetJsonAsync($"/api/towns/{other}/evidence")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task EvidenceForAnArticleOfAnotherTownIsRefusedNamingSubject()
    {
        var slug = await TownWithShopAsync();
        var other = Api.NewSlug();
        await _admin.CreateTownAsync(other);
        var article = await _admin.PostOkAsync($"/api/towns/{other}/media", new { publishedOn = "2026-10-01", outlet = "WAZ", title = "Elsewhere" });

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence", new { subject = $"media:{article["id"]}", kind = "article", effectiveDate = "2026-10-01" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["subject"]);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence")).AsArray().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("?status=bogus", "status")]
    [InlineData("?status=Approved", "status")]
    [InlineData("?asOf=2029-1-1", "asOf")]
    [InlineData("?status=expired&asOf=soon", "asOf")]
    public async Task AListingWithABadQueryIsRefusedNamingTheParameter(string query, string field)
    {
        var slug = await TownWithShopAsync();

        var response = await _admin.GetAsync($"/api/towns/{slug}/evidence{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe([field]);
    }

    [Fact]
    public async Task EveryEvidenceEndpointIsUnauthorizedWithoutAToken()
    {
        var slug = await TownWithShopAsync();
        var id = (string)(await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "shop", kind = "photo", effectiveDate = "2026-11-01" }))["id"]!;
        var anonymous = fixture.Anonymous;

        var post = await anonymous.PostAsJsonAsync($"/api/towns/{slug}/evidence", new { subject = "shop", kind = "photo", effectiveDate = "2026-11-02" });
        var list = await anonymous.GetAsync($"/api/towns/{slug}/evidence");
        var one = await anonymous.GetAsync($"/api/towns/{slug}/evidence/{id}");

        post.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        list.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        one.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence")).AsArray().Select(e => (string?)e!["id"]).ShouldBe([id]);
    }

    [Fact]
    public async Task EvidenceForAnUnknownTownIsNotFound()
    {
        var slug = Api.NewSlug("nowhere");

        var post = await _admin.PostAsJsonAsync($"/api/towns/{slug}/evidence", new { subject = "council", kind = "resolution", effectiveDate = "2026-11-01" });
        var list = await _admin.GetAsync($"/api/towns/{slug}/evidence");

        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((string?)(await post.ProblemAsync())["detail"]).ShouldBe($"There is no town '{slug}'.");
        list.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _admin.GetAsync($"/api/towns/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<string> TownWithShopAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Shop", products = new[] { "Kaffee", "Tee" } });
        return slug;
    }
}
