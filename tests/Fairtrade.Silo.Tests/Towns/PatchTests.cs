using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Towns;

/// <summary>PATCH keeps what is left out, removes what is set to null where a field may be empty, and refuses null elsewhere.</summary>
[Collection(AppCollection.Name)]
public sealed class PatchTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task ANullAwardDateTurnsTheTownBackIntoACandidate()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug, titleAwardedOn: "2025-03-01");

        var response = await _admin.PatchAsync($"/api/towns/{slug}", Api.RawJson("""{"titleAwardedOn":null}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var town = await _admin.GetJsonAsync($"/api/towns/{slug}");
        ((string?)town["titleAwardedOn"]).ShouldBeNull();
        ((int)town["population"]!).ShouldBe(117_311);
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}/status"))["title"]!["state"]).ShouldBe("candidate");
    }

    [Theory]
    [InlineData("""{"name":null}""", "name")]
    [InlineData("""{"population":null}""", "population")]
    [InlineData("""{"kind":null,"name":"X"}""", "kind")]
    public async Task ANullOnAFieldATownCannotBeWithoutIsRefused(string json, string field)
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var response = await _admin.PatchAsync($"/api/towns/{slug}", Api.RawJson(json));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe([field]);
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}"))["name"]).ShouldBe($"Town {slug}");
    }

    [Fact]
    public async Task ANullAddressAndContactAreRemovedFromAParticipantAndTheRestKept()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "kiosk", kind = "retail", name = "Kiosk", address = "Markt 1", chain = "Valora", contact = new { person = "Eva" } });

        var response = await _admin.PatchAsync($"/api/towns/{slug}/participants/kiosk", Api.RawJson("""{"address":null,"contact":null}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var kiosk = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/kiosk");
        ((string?)kiosk["address"]).ShouldBeNull();
        kiosk["contact"].ShouldBeNull();
        ((string?)kiosk["chain"]).ShouldBe("Valora");
    }

    [Fact]
    public async Task ANullKindOrNameOfAParticipantIsRefused()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "kiosk", kind = "retail", name = "Kiosk", address = "Markt 1" });

        var response = await _admin.PatchAsync($"/api/towns/{slug}/participants/kiosk", Api.RawJson("""{"kind":null,"address":null}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["kind"]);
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/kiosk"))["address"]).ShouldBe("Markt 1");
    }
}
