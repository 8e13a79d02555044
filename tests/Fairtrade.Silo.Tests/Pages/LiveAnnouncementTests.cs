using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>
/// When a town's page updates itself, a screen reader hears what changed, in a short sentence in the page's language,
/// not the whole page again: no part of the page but the small live region is live.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class LiveAnnouncementTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private readonly HttpClient _admin = fixture.Admin;
    private readonly Uri _site = fixture.Anonymous.BaseAddress!;

    [Fact]
    public async Task ApprovingTheLastShopIsAnnouncedAsTheCriterionAndCounterThatChangedAndNothingElse()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop-22", kind = "retail", name = "Weltladen", products = new[] { "Kaffee", "Tee" } });
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop-22"));
        var id = (string)(await (await shop.UploadAsync(slug, "shop-22", Samples.Jpeg(5_000))).JsonAsync())["id"]!;
        var page = await browser.NewPageAsync(_site, locale: "en-GB");
        await page.GotoAsync($"/towns/{slug}");
        await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-following", "true");
        var news = page.GetByRole(AriaRole.Status);
        var silentAtFirst = await news.TextContentAsync();

        await _admin.ReviewAsync(slug, id, "approve");

        await Assertions.Expect(news).ToContainTextAsync("Shops and catering, shops: now 22 of 22", new() { Timeout = 3_000 });
        var said = await news.TextContentAsync();
        var overall = await page.Locator("#overall-heading").TextContentAsync();
        silentAtFirst.ShouldBeNullOrEmpty();
        said.ShouldBe($"{overall}. Shops and catering: now met. Shops and catering, shops: now 22 of 22.");
        (await page.Locator("[aria-live]").CountAsync()).ShouldBe(0, "neither main nor the status section is live as a whole");
        (await page.Locator("main").GetAttributeAsync("aria-live")).ShouldBeNull();
    }

    [Fact]
    public async Task TheAnnouncementIsInThePagesLanguage()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        var page = await browser.NewPageAsync(_site, locale: "de-DE");
        await page.GotoAsync($"/towns/{slug}");
        await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-following", "true");

        await _admin.PostOkAsync($"/api/towns/{slug}/steering-group", new { name = "Anna", sector = "politics" });

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Steuerungsgruppe, Mitglieder: jetzt 1 von 3.", new() { Timeout = 3_000 });
    }
}
