using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.UploadLinks;

/// <summary>A shop keeps its own contact, address, products and language through its upload link, and nothing else.</summary>
[Collection(AppCollection.Name)]
public sealed class LinkEditTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task ALinkChangesItsOwnAddressContactProductsAndLanguage()
    {
        var (slug, shop) = await TownWithLinkAsync();

        var response = await shop.PatchAsJsonAsync($"/api/towns/{slug}/participants/shop", new
        {
            address = "Marktplatz 1", contact = new { person = "Erika Muster", email = "erika@example.org" },
            products = new[] { "Kaffee", "Tee" }, listPublicly = true, language = "fr",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var participant = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop");
        ((string?)participant["address"]).ShouldBe("Marktplatz 1");
        ((string?)participant["contact"]!["person"]).ShouldBe("Erika Muster");
        participant["products"]!.AsArray().Select(p => (string?)p).ShouldBe(["Kaffee", "Tee"]);
        ((string?)participant["language"]).ShouldBe("fr");
        var audited = (await _admin.GetJsonAsync($"/api/towns/{slug}/audit")).AsArray().Last(e => (string?)e!["action"] == "participant.updated")!;
        ((string?)audited["actor"]).ShouldStartWith("upload-link:");
        audited["details"]!.AsObject().Select(d => d.Key).ShouldBe(["address", "products", "contact", "listPublicly", "language"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("""{"name":"Renamed"}""")]
    [InlineData("""{"kind":"school","address":"Marktplatz 1"}""")]
    [InlineData("""{"chain":null}""")]
    public async Task ALinkNamingAFieldThatIsNotItsOwnIsRefusedWhole(string body)
    {
        var (slug, shop) = await TownWithLinkAsync();
        var before = await _admin.GetStringAsync($"/api/towns/{slug}/participants/shop");

        var response = await shop.PatchAsync($"/api/towns/{slug}/participants/shop", Api.RawJson(body));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.ProblemAsync())["status"]!.GetValue<int>().ShouldBe(403);
        (await _admin.GetStringAsync($"/api/towns/{slug}/participants/shop")).ShouldBe(before);
    }

    [Fact]
    public async Task ALinkCannotChangeAnotherParticipant()
    {
        var (slug, shop) = await TownWithLinkAsync();

        var response = await shop.PatchAsJsonAsync($"/api/towns/{slug}/participants/other", new { address = "Elsewhere 2" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/other"))["address"]).ShouldBeNull();
    }

    [Fact]
    public async Task AnUnknownFieldOrLanguageIsRefusedNamingTheField()
    {
        var (slug, shop) = await TownWithLinkAsync();

        var unknown = await shop.PatchAsync($"/api/towns/{slug}/participants/shop", Api.RawJson("""{"address":"Marktplatz 1","colour":"red"}"""));
        var language = await shop.PatchAsync($"/api/towns/{slug}/participants/shop", Api.RawJson("""{"language":"es"}"""));

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("colour");
        language.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await language.ProblemAsync()).ErrorFields().ShouldBe(["language"]);
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop"))["address"]).ShouldBeNull();
    }

    [Fact]
    public async Task TheCoordinatorStillChangesEverythingAndMayClearTheLanguage()
    {
        var (slug, _) = await TownWithLinkAsync();

        var renamed = await _admin.PatchAsJsonAsync($"/api/towns/{slug}/participants/shop", new { name = "Weltladen am Markt", kind = "catering", language = "it" });
        var cleared = await _admin.PatchAsync($"/api/towns/{slug}/participants/shop", Api.RawJson("""{"language":null}"""));

        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await renamed.Content.ReadFromJsonAsync<JsonNode>();
        ((string?)json!["name"]).ShouldBe("Weltladen am Markt");
        ((string?)json["kind"]).ShouldBe("catering");
        ((string?)json["language"]).ShouldBe("it");
        cleared.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop"))["language"]).ShouldBeNull();
    }

    private async Task<(string Slug, HttpClient Shop)> TownWithLinkAsync()
    {
        var slug = Api.NewSlug("selfserve");
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "other", kind = "retail", name = "Bioladen" });
        return (slug, fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop")));
    }
}
