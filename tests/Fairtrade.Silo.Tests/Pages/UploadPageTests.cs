using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>A shop with nothing but its upload link, on a phone.</summary>
[Collection(AppCollection.Name)]
public sealed class UploadPageTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private readonly HttpClient _admin = fixture.Admin;
    private readonly Uri _site = fixture.Anonymous.BaseAddress!;

    private async Task<(string Town, string Link)> ShopWithLinkAsync()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town);
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "weltladen", kind = "retail", name = "Weltladen", products = new[] { "Kaffee", "Tee" } });
        var created = await _admin.PostOkAsync($"/api/towns/{town}/participants/weltladen/upload-links", new { });
        return (town, (string)created["url"]!);
    }

    [Fact]
    public async Task AShopOpensItsLinkSendsAPhotoAndSeesTheReview()
    {
        var (town, url) = await ShopWithLinkAsync();
        var page = await browser.NewPageAsync(_site, width: 360, locale: "en-GB");

        await page.GotoAsync(url);
        await page.WaitForURLAsync($"**/upload/{town}/weltladen");
        page.Url.ShouldNotContain("#", customMessage: "the token leaves the address bar");
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Weltladen");
        (await page.Locator("#gaps [data-gap=NoValidEvidence]").CountAsync()).ShouldBe(1);

        await page.Locator("#camera").SetInputFilesAsync(new FilePayload { Name = "shelf.jpg", MimeType = "image/jpeg", Buffer = Samples.Jpeg(40_000) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();

        var item = page.Locator(".evidence-list > li").First;
        await Assertions.Expect(item).ToHaveAttributeAsync("data-status", "submitted");
        (await item.TextContentAsync())!.ShouldContain("shelf.jpg");
        var evidenceId = (await item.GetAttributeAsync("data-evidence"))!;

        await _admin.ReviewAsync(town, evidenceId, "approve");
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator($"[data-evidence='{evidenceId}']")).ToHaveAttributeAsync("data-status", "approved");
        (await page.Locator("#standing-heading").TextContentAsync()).ShouldBe("You count towards the Fairtrade Town. Thank you!");
        (await page.Locator($"[data-evidence='{evidenceId}']").TextContentAsync())!.ShouldContain("valid until 24/11/2028", customMessage: "the last day it counts, in the reader's format");
    }

    [Fact]
    public async Task ARequestForChangesIsAnsweredWithANewVersionFromThePage()
    {
        var (town, url) = await ShopWithLinkAsync();
        var page = await browser.NewPageAsync(_site, width: 360, locale: "de-DE");
        await page.GotoAsync(url);
        await page.WaitForURLAsync($"**/upload/{town}/weltladen");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "erklaerung.pdf", MimeType = "application/pdf", Buffer = Samples.StartingWith(Samples.PdfHead, 5_000) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Senden", Exact = true }).ClickAsync();
        var item = page.Locator(".evidence-list > li").First;
        await Assertions.Expect(item).ToHaveAttributeAsync("data-status", "submitted");
        var evidenceId = (await item.GetAttributeAsync("data-evidence"))!;

        await _admin.ReviewAsync(town, evidenceId, "request-changes", "Bitte mit Unterschrift <b>und</b> Datum");
        await page.ReloadAsync();
        (await page.Locator(".review-comment q").TextContentAsync()).ShouldBe("Bitte mit Unterschrift <b>und</b> Datum");
        await page.Locator($"#file-{evidenceId}").SetInputFilesAsync(new FilePayload { Name = "erklaerung-2.pdf", MimeType = "application/pdf", Buffer = Samples.StartingWith(Samples.PdfHead, 6_000) });
        await page.Locator($"[data-evidence='{evidenceId}'] button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator($"[data-evidence='{evidenceId}']")).ToHaveAttributeAsync("data-status", "submitted");
        var stored = await _admin.GetJsonAsync($"/api/towns/{town}/evidence/{evidenceId}");
        ((int)stored["revision"]!).ShouldBe(2);
    }

    [Fact]
    public async Task ARevokedLinkOpensNothing()
    {
        var (town, url) = await ShopWithLinkAsync();
        var links = await _admin.GetJsonAsync($"/api/towns/{town}/participants/weltladen/upload-links");
        (await _admin.DeleteAsync($"/api/towns/{town}/participants/weltladen/upload-links/{links[0]!["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var page = await browser.NewPageAsync(_site, locale: "en-GB");

        await page.GotoAsync(url);

        await Assertions.Expect(page.Locator("[data-broken]")).ToBeVisibleAsync();
        page.Url.ShouldNotContain("#");
        await page.GotoAsync($"/upload/{town}/weltladen");
        await Assertions.Expect(page.Locator("[data-broken]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ALinksSessionReachesItsOwnPageOnlyAndEndsWhenTheLinkIsRevoked()
    {
        var (town, url) = await ShopWithLinkAsync();
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "other", kind = "retail", name = "Other shop" });
        var page = await browser.NewPageAsync(_site, locale: "en-GB");
        await page.GotoAsync(url);
        await page.WaitForURLAsync($"**/upload/{town}/weltladen");

        (await page.GotoAsync($"/upload/{town}/other"))!.Status.ShouldBe(403);
        (await page.GotoAsync($"/manage/{town}"))!.Status.ShouldBe(403);
        (await page.APIRequest.GetAsync($"/api/towns/{town}/participants")).Status.ShouldBe(403);

        var links = await _admin.GetJsonAsync($"/api/towns/{town}/participants/weltladen/upload-links");
        await _admin.DeleteAsync($"/api/towns/{town}/participants/weltladen/upload-links/{links[0]!["id"]}");
        await page.GotoAsync($"/upload/{town}/weltladen");
        await Assertions.Expect(page.Locator("[data-broken]")).ToBeVisibleAsync();
    }
    [Fact]
    public async Task AShopThatSendsNoFileOrTheWrongFileIsToldInItsLanguageAndNothingIsStored()
    {
        var (town, url) = await ShopWithLinkAsync();
        var page = await browser.NewPageAsync(_site, width: 360, locale: "de-DE");
        await page.GotoAsync(url);
        await page.WaitForURLAsync($"**/upload/{town}/weltladen");
        var send = page.GetByRole(AriaRole.Button, new() { Name = "Senden", Exact = true });
        var message = page.Locator("form [data-error-for=file]").First;

        await send.ClickAsync();
        await Assertions.Expect(message).ToHaveTextAsync("Bitte zuerst eine Datei wählen oder ein Foto aufnehmen.");

        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "regal.png", MimeType = "image/png", Buffer = Samples.Html(3_000) });
        await send.ClickAsync();
        await Assertions.Expect(message).ToHaveTextAsync("Bitte ein Foto (JPEG, PNG, WebP) oder ein PDF senden; diese Datei ist keins davon.");

        (await page.Locator(".evidence-list > li").CountAsync()).ShouldBe(0);
        (await _admin.GetJsonAsync($"/api/towns/{town}/evidence")).AsArray().ShouldBeEmpty();
    }
}
