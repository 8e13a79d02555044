using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Participants;

[Collection(AppCollection.Name)]
public sealed class ParticipantsApiTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task CreatingAParticipantAnswersCreatedWithItsLocationAndEveryField()
    {
        var slug = await TownAsync();

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/participants", new
        {
            id = "weltladen", kind = "retail", name = "Weltladen", address = "Hochstraße 1", chain = "GEPA",
            products = new[] { "Kaffee", "kaffee", "Tee" }, contact = new { person = "Anna", email = "anna@example.org", phone = "+49 2041 123" }, listPublicly = true,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/towns/{slug}/participants/weltladen");
        var shop = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        ((string?)shop["id"]).ShouldBe("weltladen");
        ((string?)shop["kind"]).ShouldBe("retail");
        ((string?)shop["name"]).ShouldBe("Weltladen");
        ((string?)shop["address"]).ShouldBe("Hochstraße 1");
        ((string?)shop["chain"]).ShouldBe("GEPA");
        Strings(shop["products"]).ShouldBe(["Kaffee", "Tee"]);
        ((string?)shop["contact"]!["person"]).ShouldBe("Anna");
        ((string?)shop["contact"]!["email"]).ShouldBe("anna@example.org");
        ((string?)shop["contact"]!["phone"]).ShouldBe("+49 2041 123");
        ((bool)shop["listPublicly"]!).ShouldBeTrue();
        ((bool)shop["archived"]!).ShouldBeFalse();
        ((bool)shop["qualifies"]!).ShouldBeFalse();
        Strings(shop["reasons"]).ShouldBe(["It has no approved evidence valid on 2026-11-25."]);
        shop["evidence"]!.AsArray().ShouldBeEmpty();
        shop["activities"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task GettingAParticipantShowsWhatWasStoredWithItsKindInKebabCase()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "st-marien", kind = "faith", name = "St. Marien", products = new[] { "Kaffee" } });

        var parish = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/st-marien");

        ((string?)parish["id"]).ShouldBe("st-marien");
        ((string?)parish["kind"]).ShouldBe("faith");
        ((string?)parish["name"]).ShouldBe("St. Marien");
        Strings(parish["products"]).ShouldBe(["Kaffee"]);
        ((bool)parish["listPublicly"]!).ShouldBeFalse();
        ((bool)parish["archived"]!).ShouldBeFalse();
    }

    [Fact]
    public async Task AnIdIsDerivedFromTheNameAndMadeUniqueWhenLeftOut()
    {
        var slug = await TownAsync();

        var first = await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { kind = "catering", name = "Café Mokka" });
        var second = await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { kind = "catering", name = "Café Mokka" });
        var third = await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { kind = "retail", name = "Bäckerei Müller & Söhne" });

        ((string?)first["id"]).ShouldBe("cafe-mokka");
        ((string?)second["id"]).ShouldBe("cafe-mokka-2");
        ((string?)third["id"]).ShouldBe("baeckerei-mueller-soehne");
        Ids(await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).ShouldBe(["baeckerei-mueller-soehne", "cafe-mokka", "cafe-mokka-2"]);
    }

    [Fact]
    public async Task AnExplicitIdTakenAlreadyIsAConflictAndTheFirstStaysAsItWas()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "edeka", kind = "retail", name = "EDEKA" });

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/participants", new { id = "edeka", kind = "catering", name = "Other" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ((int)(await response.ProblemAsync())["status"]!).ShouldBe(409);
        var edeka = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/edeka");
        ((string?)edeka["name"]).ShouldBe("EDEKA");
        ((string?)edeka["kind"]).ShouldBe("retail");
        Ids(await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).ShouldBe(["edeka"]);
    }

    [Fact]
    public async Task ListingByKindReturnsOnlyParticipantsOfThatKind()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Shop" });
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "cafe", kind = "catering", name = "Café" });
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "bistro", kind = "catering", name = "Bistro" });

        var catering = await _admin.GetJsonAsync($"/api/towns/{slug}/participants?kind=catering");
        var all = await _admin.GetJsonAsync($"/api/towns/{slug}/participants");

        Ids(catering).ShouldBe(["bistro", "cafe"]);
        catering.AsArray().ShouldAllBe(p => (string?)p!["kind"] == "catering");
        Ids(all).ShouldBe(["bistro", "cafe", "shop"]);
    }

    [Fact]
    public async Task PatchingChangesOnlyTheFieldsGiven()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new
        {
            id = "bio", kind = "retail", name = "Bioladen", address = "Markt 2", products = new[] { "Tee" }, contact = new { person = "Ben" },
        });

        var response = await _admin.PatchAsJsonAsync($"/api/towns/{slug}/participants/bio", new { products = new[] { "Tee", "Reis" }, listPublicly = true });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Strings((await response.Content.ReadFromJsonAsync<JsonNode>())!["products"]).ShouldBe(["Tee", "Reis"]);
        var bio = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/bio");
        Strings(bio["products"]).ShouldBe(["Tee", "Reis"]);
        ((bool)bio["listPublicly"]!).ShouldBeTrue();
        ((string?)bio["kind"]).ShouldBe("retail");
        ((string?)bio["name"]).ShouldBe("Bioladen");
        ((string?)bio["address"]).ShouldBe("Markt 2");
        ((string?)bio["contact"]!["person"]).ShouldBe("Ben");
    }

    [Fact]
    public async Task ArchivingAParticipantKeepsItButStopsCountingIt()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Shop", products = new[] { "Kaffee", "Tee" } });
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "old-cafe", kind = "catering", name = "Old café", products = new[] { "Kaffee", "Tee" } });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "old-cafe", kind = "declaration", effectiveDate = "2026-11-01" });

        var response = await _admin.DeleteAsync($"/api/towns/{slug}/participants/old-cafe");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var archived = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/old-cafe");
        ((bool)archived["archived"]!).ShouldBeTrue();
        ((string?)archived["name"]).ShouldBe("Old café");
        ((bool)archived["qualifies"]!).ShouldBeFalse();
        Strings(archived["reasons"]).ShouldBe(["It is archived and no longer counted."]);
        archived["evidence"]!.AsArray().Count.ShouldBe(1);
        Ids(await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).ShouldBe(["shop"]);
        Ids(await _admin.GetJsonAsync($"/api/towns/{slug}/participants?includeArchived=true")).ShouldBe(["old-cafe", "shop"]);
        ((int)(await _admin.GetJsonAsync($"/api/towns/{slug}/status")).Criterion("retail-catering")["actual"]!["catering"]!).ShouldBe(0);
    }

    [Fact]
    public async Task AddingAnActivityAnswersCreatedWithItsIdDateAndTitle()
    {
        var slug = await TownAsync();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "gymnasium", kind = "school", name = "Gymnasium" });

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/participants/gymnasium/activities", new { date = "2026-10-16", title = "Faire Woche" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var activity = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        ((string?)activity["id"]).ShouldNotBeNullOrWhiteSpace();
        ((string?)activity["date"]).ShouldBe("2026-10-16");
        ((string?)activity["title"]).ShouldBe("Faire Woche");
        var stored = (await _admin.GetJsonAsync($"/api/towns/{slug}/participants/gymnasium"))["activities"]!.AsArray().ShouldHaveSingleItem()!;
        ((string?)stored["id"]).ShouldBe((string?)activity["id"]);
        ((string?)stored["title"]).ShouldBe("Faire Woche");
    }

    [Fact]
    public async Task AParticipantThatDoesNotExistIsNotFound()
    {
        var slug = await TownAsync();

        var get = await _admin.GetAsync($"/api/towns/{slug}/participants/never-there");
        var patch = await _admin.PatchAsJsonAsync($"/api/towns/{slug}/participants/never-there", new { name = "X" });
        var delete = await _admin.DeleteAsync($"/api/towns/{slug}/participants/never-there");
        var activity = await _admin.PostAsJsonAsync($"/api/towns/{slug}/participants/never-there/activities", new { date = "2026-11-01", title = "T" });

        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((string?)(await get.ProblemAsync())["detail"]).ShouldBe($"There is no participant 'never-there' in '{slug}'.");
        patch.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        activity.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants?includeArchived=true")).AsArray().ShouldBeEmpty();
    }

    private async Task<string> TownAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        return slug;
    }

    private static string?[] Strings(JsonNode? array) => [.. array!.AsArray().Select(s => (string?)s)];

    private static string?[] Ids(JsonNode list) => [.. list.AsArray().Select(p => (string?)p!["id"]).Order(StringComparer.Ordinal)];
}
