using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Participants;

/// <summary>Bad participant input gets a 400 naming the field, and nothing is stored or changed.</summary>
[Collection(AppCollection.Name)]
public sealed class ParticipantInputTests(AppFixture fixture)
{
    private static readonly string ManyProducts = string.Join(',', Enumerable.Range(1, 101).Select(i => $"\"p{i}\""));
    private static readonly string LongProduct = new('k', 101);
    private static readonly string LongId = new('a', 65);

    private readonly HttpClient _admin = fixture.Admin;

    public static TheoryData<string, string, string> BadParticipants => new()
    {
        { "unknown kind", """{"id":"p","kind":"shop","name":"X"}""", "kind" },
        { "kind as a number", """{"id":"p","kind":1,"name":"X"}""", "kind" },
        { "kind as a numeric string", """{"id":"p","kind":"1","name":"X"}""", "kind" },
        { "missing kind", """{"id":"p","name":"X"}""", "kind" },
        { "capital id", """{"id":"Weltladen","kind":"retail","name":"X"}""", "id" },
        { "id with space", """{"id":"welt laden","kind":"retail","name":"X"}""", "id" },
        { "id with slash", """{"id":"a/b","kind":"retail","name":"X"}""", "id" },
        { "dot-dot id", """{"id":"..","kind":"retail","name":"X"}""", "id" },
        { "trailing hyphen id", """{"id":"laden-","kind":"retail","name":"X"}""", "id" },
        { "65-character id", $$"""{"id":"{{LongId}}","kind":"retail","name":"X"}""", "id" },
        { "empty id", """{"id":"","kind":"retail","name":"X"}""", "id" },
        { "reserved id council", """{"id":"council","kind":"retail","name":"X"}""", "id" },
        { "reserved id steering-group", """{"id":"steering-group","kind":"retail","name":"X"}""", "id" },
        { "missing name", """{"id":"p","kind":"retail"}""", "name" },
        { "empty name", """{"id":"p","kind":"retail","name":""}""", "name" },
        { "101 products", $$"""{"id":"p","kind":"retail","name":"X","products":[{{ManyProducts}}]}""", "products" },
        { "101-character product", $$"""{"id":"p","kind":"retail","name":"X","products":["{{LongProduct}}"]}""", "products" },
        { "empty product", """{"id":"p","kind":"retail","name":"X","products":["Kaffee",""]}""", "products" },
        { "products not a list", """{"id":"p","kind":"retail","name":"X","products":"Kaffee"}""", "products" },
        { "unknown field", """{"id":"p","kind":"retail","name":"X","owner":"Y"}""", "owner" },
        { "unknown contact field", """{"id":"p","kind":"retail","name":"X","contact":{"fax":"1"}}""", "contact.fax" },
        { "bad e-mail", """{"id":"p","kind":"retail","name":"X","contact":{"email":"not-an-email"}}""", "contact.email" },
        { "letters in phone", """{"id":"p","kind":"retail","name":"X","contact":{"phone":"call me"}}""", "contact.phone" },
        { "listPublicly not a boolean", """{"id":"p","kind":"retail","name":"X","listPublicly":"yes"}""", "listPublicly" },
    };

    public static TheoryData<string, string, string> BadChanges => new()
    {
        { "unknown kind", """{"kind":"shop"}""", "kind" },
        { "id is not changeable", """{"id":"other"}""", "id" },
        { "empty name", """{"name":""}""", "name" },
        { "blank name", """{"name":"   "}""", "name" },
        { "101 products", $$"""{"products":[{{ManyProducts}}]}""", "products" },
        { "101-character product", $$"""{"products":["Kaffee","{{LongProduct}}"]}""", "products" },
        { "bad e-mail", """{"contact":{"email":"not-an-email"}}""", "contact.email" },
        { "unknown field", """{"name":"Y","owner":"Y"}""", "owner" },
    };

    [Theory]
    [MemberData(nameof(BadParticipants))]
    public async Task ABadParticipantIsRefusedNamingTheFieldAndNothingIsStored(string why, string json, string field)
    {
        var slug = await TownAsync();

        var response = await _admin.PostRawAsync($"/api/towns/{slug}/participants", json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(field, why);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants?includeArchived=true")).AsArray().ShouldBeEmpty(why);
        (await _admin.GetAsync($"/api/towns/{slug}/participants/p")).StatusCode.ShouldBe(HttpStatusCode.NotFound, why);
    }

    [Theory]
    [MemberData(nameof(BadChanges))]
    public async Task ABadChangeIsRefusedNamingTheFieldAndTheParticipantStaysAsItWas(string why, string json, string field)
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "p", kind = "retail", name = "P", products = new[] { "Kaffee", "Tee" }, contact = new { email = "p@example.org" } });

        var response = await _admin.PatchAsync($"/api/towns/{slug}/participants/p", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(field, why);
        var stored = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/p");
        ((string?)stored["kind"]).ShouldBe("retail", why);
        ((string?)stored["name"]).ShouldBe("P", why);
        stored["products"]!.AsArray().Select(p => (string?)p).ShouldBe(["Kaffee", "Tee"], why);
        ((string?)stored["contact"]!["email"]).ShouldBe("p@example.org", why);
    }

    [Theory]
    [InlineData("missing date", """{"title":"Faire Woche"}""", "date")]
    [InlineData("not a date", """{"date":"next week","title":"Faire Woche"}""", "date")]
    [InlineData("missing title", """{"date":"2026-11-01"}""", "title")]
    [InlineData("empty title", """{"date":"2026-11-01","title":""}""", "title")]
    [InlineData("unknown field", """{"date":"2026-11-01","title":"T","place":"Aula"}""", "place")]
    public async Task ABadActivityIsRefusedNamingTheFieldAndNoneIsRecorded(string why, string json, string field)
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "school", kind = "school", name = "School" });

        var response = await _admin.PostRawAsync($"/api/towns/{slug}/participants/school/activities", json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(field, why);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants/school"))["activities"]!.AsArray().ShouldBeEmpty(why);
    }

    [Theory]
    [InlineData("?kind=banana", "kind")]
    [InlineData("?kind=Retail", "kind")]
    [InlineData("?asOf=25.11.2026", "asOf")]
    [InlineData("?asOf=tomorrow", "asOf")]
    [InlineData("?asOf=2026-02-30", "asOf")]
    [InlineData("?asOf=9999-12-31", "asOf")]
    [InlineData("?asOf=1899-12-31", "asOf")]
    [InlineData("?includeArchived=maybe", "includeArchived")]
    public async Task AListingWithABadQueryIsRefusedNamingTheParameter(string query, string field)
    {
        var slug = await TownAsync();

        var response = await _admin.GetAsync($"/api/towns/{slug}/participants{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe([field]);
    }

    [Fact]
    public async Task AParticipantAskedForANonDateIsRefusedNamingAsOf()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "p", kind = "retail", name = "P" });

        var response = await _admin.GetAsync($"/api/towns/{slug}/participants/p?asOf=2026-13-01");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["asOf"]);
    }

    [Fact]
    public async Task TheLongestIdAndTheLargestProductListAreAccepted()
    {
        var slug = await TownAsync();
        var id = new string('a', 64);
        var products = Enumerable.Range(1, 99).Select(i => $"p{i}").Append(new string('k', 100)).ToArray();

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/participants", new { id, kind = "retail", name = "X", products });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants/{id}"))["products"]!.AsArray().Count.ShouldBe(100);
    }

    [Fact]
    public async Task ANameOfOnlySpacesIsRefused()
    {
        var slug = await TownAsync();

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/participants", new { id = "p", kind = "retail", name = "   " });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["name"]);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants?includeArchived=true")).AsArray().ShouldBeEmpty();
    }

    private async Task<string> TownAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        return slug;
    }
}
