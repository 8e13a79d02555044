using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Participants;

/// <summary>Bad participant input gets a 4xx naming the field, and nothing is stored.</summary>
[Collection(AppCollection.Name)]
public sealed class ParticipantInputTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    public static TheoryData<string, string, string> BadParticipants => new()
    {
        { "unknown kind", """{"id":"p","kind":"shop","name":"X"}""", "kind" },
        { "capital id", """{"id":"Weltladen","kind":"retail","name":"X"}""", "id" },
        { "id with space", """{"id":"welt laden","kind":"retail","name":"X"}""", "id" },
        { "id with slash", """{"id":"a/b","kind":"retail","name":"X"}""", "id" },
        { "dot-dot id", """{"id":"..","kind":"retail","name":"X"}""", "id" },
        { "id too long", """{"id":"abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij","kind":"retail","name":"X"}""", "id" },
        { "missing name", """{"id":"p","kind":"retail"}""", "name" },
        { "missing kind", """{"id":"p","name":"X"}""", "kind" },
        { "long product", $$"""{"id":"p","kind":"retail","name":"X","products":["{{new string('k', 101)}}"]}""", "products" },
        { "too many products", $$"""{"id":"p","kind":"retail","name":"X","products":[{{string.Join(',', Enumerable.Range(1, 101).Select(i => $"\"p{i}\""))}}]}""", "products" },
        { "unknown field", """{"id":"p","kind":"retail","name":"X","owner":"Y"}""", "owner" },
        { "unknown contact field", """{"id":"p","kind":"retail","name":"X","contact":{"fax":"1"}}""", "contact.fax" },
        { "bad e-mail", """{"id":"p","kind":"retail","name":"X","contact":{"email":"not-an-email"}}""", "contact.email" },
    };

    [Theory]
    [MemberData(nameof(BadParticipants))]
    public async Task ABadParticipantIsRefusedNamingTheFieldAndNothingIsStored(string why, string json, string field)
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var response = await _admin.PostRawAsync($"/api/towns/{slug}/participants", json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(field, why);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants?includeArchived=true")).AsArray().ShouldBeEmpty(why);
    }

    [Fact]
    public async Task ListingByAnUnknownKindIsRefusedNamingKind()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var response = await _admin.GetAsync($"/api/towns/{slug}/participants?kind=banana");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["kind"]);
    }

    [Fact]
    public async Task EveryParticipantEndpointNeedsAToken()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "p", kind = "retail", name = "P" });
        var anonymous = fixture.Anonymous;

        (await anonymous.PostAsJsonAsync($"/api/towns/{slug}/participants", new { id = "q", kind = "retail", name = "Q" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/towns/{slug}/participants")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/towns/{slug}/participants/p")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PatchAsJsonAsync($"/api/towns/{slug}/participants/p", new { name = "Z" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.DeleteAsync($"/api/towns/{slug}/participants/p")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync($"/api/towns/{slug}/participants/p/activities", new { date = "2026-11-01", title = "T" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var stored = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/p");
        ((string?)stored["name"]).ShouldBe("P");
        ((bool)stored["archived"]!).ShouldBeFalse();
        stored["activities"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task AParticipantOfATownThatDoesNotExistIsNotFound()
    {
        var response = await _admin.PostAsJsonAsync("/api/towns/no-such-town/participants", new { id = "p", kind = "retail", name = "P" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((string?)(await response.ProblemAsync())["detail"]).ShouldBe("There is no town 'no-such-town'.");
    }
}
