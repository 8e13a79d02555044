using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.UploadLinks;

/// <summary>The receipt of a declaration: what was signed and where its review stands, for the shop's own link alone.</summary>
[Collection(AppCollection.Name)]
public sealed class DeclarationReceiptTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task TheReceiptShowsWhatWasSignedAndFollowsTheReview()
    {
        var (slug, shop, _) = await TownWithTwoShopsAsync();
        var evidenceId = await DeclareAsync(slug, shop, "Erika <Muster>", ["Kaffee", "Bananen"]);
        var receipt = $"/upload/{slug}/shop/declarations/{evidenceId}?lang=en";

        var html = await shop.GetStringAsync(receipt);

        html.ShouldContain("<h1>Receipt for your declaration</h1>");
        html.ShouldContain($"Weltladen declares to Fairtrade Town Town {slug} that it offers these Fairtrade products:");
        html.ShouldContain("<li>Kaffee</li>");
        html.ShouldContain("<li>Bananen</li>");
        html.ShouldContain("<dd data-field=\"signed-by\">Erika &lt;Muster&gt;</dd>", customMessage: "what people typed is encoded");
        html.ShouldContain("<dd data-field=\"signer-role\">Inhaberin</dd>");
        html.ShouldContain("<dd data-field=\"listing\">Yes, agreed</dd>");
        html.ShouldContain($"<dd data-field=\"reference\">{evidenceId}</dd>");
        html.ShouldContain("<time datetime=\"2026-11-25\">25/11/2026</time>");
        html.ShouldContain("data-status=\"submitted\">waiting for review</dd>");

        await _admin.ReviewAsync(slug, evidenceId, "approve");

        (await shop.GetStringAsync(receipt)).ShouldContain("data-status=\"approved\">approved</dd>");
        (await _admin.GetStringAsync(receipt)).ShouldContain("Erika &lt;Muster&gt;", customMessage: "the coordinator sees what the shop sees");
    }

    [Fact]
    public async Task ALinkCannotReadAnotherShopsReceiptNorAReceiptOfWhatWasNoDeclaration()
    {
        var (slug, shop, other) = await TownWithTwoShopsAsync();
        var theirs = await DeclareAsync(slug, other, "Olaf Other", ["Tee"]);
        var photo = (string)(await (await shop.UploadAsync(slug, "shop", Samples.Jpeg(2_000))).JsonAsync())["id"]!;

        var throughTheirPath = await shop.GetAsync($"/upload/{slug}/other/declarations/{theirs}");
        var throughOwnPath = await shop.GetAsync($"/upload/{slug}/shop/declarations/{theirs}");
        var ofAPhoto = await shop.GetAsync($"/upload/{slug}/shop/declarations/{photo}");

        throughTheirPath.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        throughOwnPath.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await throughOwnPath.Content.ReadAsStringAsync()).ShouldNotContain("Olaf Other");
        ofAPhoto.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/upload/{slug}/other/declarations/{theirs}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<string> DeclareAsync(string slug, HttpClient link, string signedBy, string[] products)
    {
        var response = await link.PostAsJsonAsync($"/api/towns/{slug}/declarations", new { products, signedBy, signerRole = "Inhaberin", listPublicly = true });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (string)(await response.JsonAsync())["id"]!;
    }

    private async Task<(string Slug, HttpClient Shop, HttpClient Other)> TownWithTwoShopsAsync()
    {
        var slug = Api.NewSlug("receipt");
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "other", kind = "retail", name = "Bioladen" });
        return (slug, fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop")),
            fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "other")));
    }
}
