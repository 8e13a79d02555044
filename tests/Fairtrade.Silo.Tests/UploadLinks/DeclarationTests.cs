using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.UploadLinks;

/// <summary>A shop declares what it offers through its upload link; the coordinator's approval makes it so.</summary>
[Collection(AppCollection.Name)]
public sealed class DeclarationTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task ALinkDeclaresWithoutAFileAndTheDeclarationWaitsForReview()
    {
        var slug = Api.NewSlug("declare");
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop"));

        var response = await shop.PostAsJsonAsync($"/api/towns/{slug}/declarations",
            new { products = new[] { "Kaffee", "Tee" }, signedBy = "Erika Muster", signerRole = "Inhaberin", listPublicly = true });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var evidence = await response.JsonAsync();
        ((string?)evidence["kind"]).ShouldBe("declaration");
        ((string?)evidence["status"]).ShouldBe("submitted");
        ((string?)evidence["subject"]).ShouldBe("shop");
        ((string?)evidence["effectiveDate"]).ShouldBe("2026-11-25", "a declaration speaks for the day it is made");
        evidence["file"].ShouldBeNull();
        ((string?)evidence["declaration"]!["signedBy"]).ShouldBe("Erika Muster");
        ((string?)evidence["declaration"]!["signerRole"]).ShouldBe("Inhaberin");
        ((bool)evidence["declaration"]!["listPublicly"]!).ShouldBeTrue();
        var queued = (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence?status=submitted")).AsArray().ShouldHaveSingleItem()!;
        ((string?)queued["declaration"]!["signedBy"]).ShouldBe("Erika Muster", "the coordinator sees who signed when reviewing");
        (await _admin.GetStringAsync($"/manage/{slug}/review")).ShouldContain("Erika Muster (Inhaberin) · Kaffee, Tee");
        var participant = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop");
        participant["products"]!.AsArray().ShouldBeEmpty("a declaration changes nothing before it is approved");
        var audit = await AuditAsync(slug, "evidence.submitted");
        audit.ToJsonString().ShouldContain("Erika Muster");
    }

    [Fact]
    public async Task ApprovingADeclarationSetsTheProductsAndListingAndTheShopCounts()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop-22", kind = "retail", name = "Weltladen", listPublicly = false });
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop-22"));
        var declared = await (await shop.PostAsJsonAsync($"/api/towns/{slug}/declarations",
            new { products = new[] { "Kaffee", "Tee", "kaffee" }, signedBy = "Erika Muster", signerRole = "Inhaberin", listPublicly = true })).JsonAsync();
        var waiting = (await _admin.GetJsonAsync($"/api/towns/{slug}/status")).Criterion("retail-catering");
        ((int)waiting["actual"]!["retail"]!).ShouldBe(21);

        var approved = await _admin.ReviewAsync(slug, (string)declared["id"]!, "approve");

        ((string?)approved["status"]).ShouldBe("approved");
        var participant = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop-22");
        participant["products"]!.AsArray().Select(p => (string?)p).ShouldBe(["Kaffee", "Tee"]);
        ((bool)participant["listPublicly"]!).ShouldBeTrue();
        ((bool)participant["qualifies"]!).ShouldBeTrue();
        var retail = (await fixture.App.CreateClient().GetFromJsonAsync<JsonNode>($"/api/towns/{slug}/status"))!.Criterion("retail-catering");
        ((int)retail["actual"]!["retail"]!).ShouldBe(22);
        var updated = await AuditAsync(slug, "participant.updated");
        ((string?)updated["actor"]).ShouldBe("token:admin", "the reviewer's approval made the change");
        updated["details"]!.ToJsonString().ShouldContain("listPublicly");
    }

    [Fact]
    public async Task ADeclarationIsRefusedWhenItsSignerIsMissingOrSpansLines()
    {
        var slug = Api.NewSlug("declare");
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop"));

        var missing = await shop.PostAsJsonAsync($"/api/towns/{slug}/declarations", new { products = new[] { "Kaffee" }, signerRole = "Inhaberin", listPublicly = true });
        var twoLines = await shop.PostAsJsonAsync($"/api/towns/{slug}/declarations",
            new { products = new[] { "Kaffee" }, signedBy = "Erika\nMuster", signerRole = "Inhaberin", listPublicly = true });
        var byCoordinator = await _admin.PostAsJsonAsync($"/api/towns/{slug}/declarations",
            new { products = new[] { "Kaffee" }, signedBy = "Erika Muster", signerRole = "Inhaberin", listPublicly = true });

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.ProblemAsync()).ErrorFields().ShouldBe(["signedBy"]);
        twoLines.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await twoLines.ProblemAsync()).ErrorFields().ShouldBe(["signedBy"]);
        byCoordinator.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "a declaration is the participant's own word");
        (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task ErasingPersonalDataTakesTheSignerOutOfTheDeclarationAndTheAuditTrail()
    {
        var slug = Api.NewSlug("declare");
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop"));
        await shop.PostAsJsonAsync($"/api/towns/{slug}/declarations",
            new { products = new[] { "Kaffee" }, signedBy = "Erika Muster", signerRole = "Inhaberin", listPublicly = true });

        (await _admin.DeleteAsync($"/api/towns/{slug}/participants/shop/personal-data")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await _admin.GetStringAsync($"/api/towns/{slug}/evidence")).ShouldNotContain("Erika Muster");
        (await _admin.GetStringAsync($"/api/towns/{slug}/audit")).ShouldNotContain("Erika Muster");
    }

    private async Task<JsonNode> AuditAsync(string slug, string action) =>
        (await _admin.GetJsonAsync($"/api/towns/{slug}/audit")).AsArray().Last(e => (string?)e!["action"] == action)!;
}
