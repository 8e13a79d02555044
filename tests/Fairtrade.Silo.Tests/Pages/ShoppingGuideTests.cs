using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>The printable shopping guide of the demo town: what it lists, in which language, and how it prints.</summary>
public sealed class ShoppingGuideTests(DemoAppFixture demo, Browser browser) : IClassFixture<DemoAppFixture>, IClassFixture<Browser>
{
    private const string Guide = "/towns/bottrop/guide";

    [Fact]
    public async Task TheGuideListsTheListedOutletsByKindAndNameWithTheirProductsAndLeavesOutOneMadeUnlisted()
    {
        var (shops, cafes) = await ListedOutletsThatCountAsync();
        var page = await browser.NewPageAsync(demo.Site, locale: "de-DE");

        await page.GotoAsync(Guide);

        (await page.Locator("h1").TextContentAsync()).ShouldBe("Einkaufsführer Bottrop");
        (await page.Locator(".title-state").TextContentAsync()).ShouldBe("Fairtrade-Stadt seit 1. März 2025");
        (await page.Locator(".facts").TextContentAsync()).ShouldBe("Stand: 25. Nov. 2026");
        (await page.Locator("[data-kind=retail] h2").TextContentAsync()).ShouldBe("Geschäfte");
        (await Names(page, "retail")).ShouldBe(shops);
        (await Names(page, "catering")).ShouldBe(cafes);
        shops.Length.ShouldBe(21, "the demo's shop with a single product does not count, so it is not listed");
        (await page.Locator("[data-participant=weltladen-bottrop] .products").TextContentAsync()).ShouldBe("Kaffee · Schokolade · Bananen");
        var address = (string?)(await demo.Admin.GetJsonAsync("/api/towns/bottrop/participants/weltladen-bottrop"))["address"];
        (await page.Locator("[data-participant=weltladen-bottrop] .address").TextContentAsync()).ShouldBe(address);
        (await page.Locator(".guide-live a").TextContentAsync()).ShouldBe(new Uri(demo.Site, "/towns/bottrop").ToString());

        var unlisted = await demo.Admin.PatchAsJsonAsync("/api/towns/bottrop/participants/eiscafe-venezia", new { listPublicly = false });
        unlisted.EnsureSuccessStatusCode();
        await page.ReloadAsync();

        (await Names(page, "catering")).ShouldBe([.. cafes.Where(name => name != "Eiscafé Venezia")]);
        (await Names(page, "retail")).ShouldBe(shops);
    }

    [Fact]
    public async Task ThePublicPageLinksToTheGuideInItsLanguageAndProductsAreNamedInEnglish()
    {
        var page = await browser.NewPageAsync(demo.Site, locale: "en-GB");
        await page.GotoAsync("/towns/bottrop");

        await page.GetByRole(AriaRole.Link, new() { Name = "Shopping guide to print" }).ClickAsync();

        await page.WaitForURLAsync($"**{Guide}?lang=en");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Bottrop shopping guide");
        (await page.Locator(".title-state").TextContentAsync()).ShouldBe("Fairtrade City since 1 Mar 2025");
        (await page.Locator(".facts").TextContentAsync()).ShouldBe("As of 25 Nov 2026");
        (await page.Locator("[data-kind=catering] h2").TextContentAsync()).ShouldBe("Cafés and restaurants");
        (await page.Locator("[data-participant=weltladen-bottrop] .products").TextContentAsync()).ShouldBe("Coffee · Chocolate · Bananas");
        (await page.Locator("[data-participant=cafe-mokka] .products").TextContentAsync()).ShouldBe("Coffee · Tea · Orange juice");
    }

    [Theory]
    [InlineData("it", "Guida agli acquisti di Bottrop", "Fairtrade Town dal ", "Aggiornato al ", "Negozi", "Bar e ristoranti", "Caffè · Cioccolato · Banane", "Stampa")]
    [InlineData("fr", "Guide d'achat – Bottrop", "Fairtrade Town depuis ", "État au ", "Commerces", "Cafés et restaurants", "Café · Chocolat · Bananes", "Imprimer")]
    public async Task InItalianAndFrenchTheGuideSpeaksThemAndNamesProductsWrittenInGermanInThem(
        string language, string heading, string title, string asOf, string shops, string cafes, string products, string print)
    {
        var page = await browser.NewPageAsync(demo.Site, locale: "de-DE");

        await page.GotoAsync($"{Guide}?lang={language}");

        (await page.Locator("h1").TextContentAsync()).ShouldBe(heading);
        (await page.Locator(".title-state").TextContentAsync()).ShouldStartWith(title, Case.Sensitive, "Bottrop is a city, and the title is still Fairtrade Town");
        (await page.Locator(".facts").TextContentAsync()).ShouldStartWith(asOf, Case.Sensitive);
        (await page.Locator("[data-kind=retail] h2").TextContentAsync()).ShouldBe(shops);
        (await page.Locator("[data-kind=catering] h2").TextContentAsync()).ShouldBe(cafes);
        (await page.Locator("[data-participant=weltladen-bottrop] .products").TextContentAsync()).ShouldBe(products, "the demo writes Kaffee, Schokolade, Bananen");
        (await page.Locator("[data-print]").TextContentAsync()).ShouldBe(print);
    }

    [Fact]
    public async Task TheGuidePrintsOnOneOrTwoA4PagesWithoutTheNavigationAndWithTheLiveListsAddress()
    {
        var page = await browser.NewPageAsync(demo.Site, width: 794, locale: "de-DE");
        await page.GotoAsync(Guide);
        (await page.Locator("[data-print]").IsVisibleAsync()).ShouldBeTrue("on screen the button is there");

        var pdf = await page.PdfAsync(new() { Format = "A4" });
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        PdfPages.IsPdf(pdf).ShouldBeTrue();
        PdfPages.Count(pdf).ShouldBeInRange(1, 2);
        foreach (var hidden in new[] { ".account-bar", ".skip-link", ".guide-actions nav", "[data-print]" })
        {
            (await page.Locator(hidden).First.IsVisibleAsync()).ShouldBeFalse(hidden);
        }

        (await page.Locator(".guide-live a").IsVisibleAsync()).ShouldBeTrue();
        var columns = await page.Locator("[data-kind=retail] .guide-entry").EvaluateAllAsync<int[]>("entries => entries.map(e => Math.round(e.getBoundingClientRect().left))");
        columns.Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task ThePrintButtonIsReachedWithTheKeyboardAndOpensPrinting()
    {
        var page = await browser.NewPageAsync(demo.Site, locale: "de-DE");
        await page.GotoAsync(Guide);
        await page.EvaluateAsync("() => { window.printed = 0; window.print = () => { window.printed++; }; }");

        for (var tab = 0; tab < 10 && !await page.EvaluateAsync<bool>("() => document.activeElement?.matches('button[data-print]') === true"); tab++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).ShouldBe("Drucken");
        await page.Keyboard.PressAsync("Enter");

        (await page.EvaluateAsync<int>("() => window.printed")).ShouldBe(1);
    }

    [Theory]
    [InlineData("/towns/no-such-town/guide")]
    [InlineData("/towns/Not_A_Slug/guide")]
    public async Task AnUnknownTownHasNoGuide(string path)
    {
        var response = await demo.Anonymous.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>What the API says the public may find: listed shops and cafés that count today, each kind by German name order.</summary>
    private async Task<(string[] Shops, string[] Cafes)> ListedOutletsThatCountAsync()
    {
        var all = (await demo.Admin.GetJsonAsync("/api/towns/bottrop/participants")).AsArray().Select(p => p!).ToArray();
        var byName = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);
        string[] Of(string kind) => [.. all
            .Where(p => (string?)p["kind"] == kind && (bool)p["listPublicly"]! && (bool)p["qualifies"]!)
            .Select(p => (string)p["name"]!)
            .Order(byName)];
        return (Of("retail"), Of("catering"));
    }

    private static async Task<string[]> Names(IPage page, string kind) =>
        [.. await page.Locator($"[data-kind={kind}] .guide-entry .name").AllTextContentsAsync()];
}
