using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>The public town page in a real browser: what the steering group and the public see.</summary>
[Collection(AppCollection.Name)]
public sealed class TownPageTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private readonly HttpClient _admin = fixture.Admin;
    private readonly Uri _site = fixture.Anonymous.BaseAddress!;

    [Fact]
    public async Task TheStatusShowsEachCriterionWithWhatIsMissing()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        var page = await browser.NewPageAsync(_site);

        var response = await page.GotoAsync($"/towns/{slug}");

        response!.Status.ShouldBe(200);
        (await page.Locator("h1").TextContentAsync()).ShouldBe($"Town {slug}");
        (await page.Locator("[data-criterion=retail-catering] [data-counter=retail] .numbers").TextContentAsync()).ShouldBe("21 / 22");
        (await page.Locator("[data-criterion=retail-catering] .missing").TextContentAsync()).ShouldBe("Es fehlt: noch 1 Geschäft");
        (await page.Locator("[data-criterion=council]").GetAttributeAsync("class")).ShouldBe("criterion met");
        (await page.Locator("#overall-heading").TextContentAsync()).ShouldBe("Noch nicht alle Kriterien erfüllt");
        (await page.Locator("#history-caption").TextContentAsync())!.ShouldEndWith("4 / 5");
    }

    [Fact]
    public async Task TheForecastSaysInWordsUntilWhenTheTitleIsSafeAndWhatRunsOutThen()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        await _admin.AddParticipantAsync(slug, "shop-22", "retail", BottropScenario.Evidence);
        (await _admin.PatchAsJsonAsync($"/api/towns/{slug}/participants/cafe-mokka", new { name = "Café Mokka", listPublicly = true })).EnsureSuccessStatusCode();
        var english = await browser.NewPageAsync(_site, locale: "en-GB");
        var german = await browser.NewPageAsync(_site);

        await english.GotoAsync($"/towns/{slug}");
        await german.GotoAsync($"/towns/{slug}");

        (await english.Locator("[data-forecast]").TextContentAsync()).ShouldBe("Safe until 9 Jan 2027: Café Mokka's declaration runs out; 1 more café or restaurant needed.");
        (await german.Locator("[data-forecast]").TextContentAsync()).ShouldBe("Sicher bis 9. Jan. 2027: bei Café Mokka läuft die Erklärung aus; noch 1 Café oder Restaurant nötig.");
    }

    [Fact]
    public async Task TheForecastOnThePublicPageNamesNoUnlistedParticipant()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        await _admin.AddParticipantAsync(slug, "shop-22", "retail", BottropScenario.Evidence);
        var page = await browser.NewPageAsync(_site, locale: "en-GB");

        await page.GotoAsync($"/towns/{slug}");

        (await page.Locator("[data-forecast]").TextContentAsync()).ShouldBe("Safe until 9 Jan 2027: an unlisted participant's evidence runs out; 1 more café or restaurant needed.");
    }

    [Fact]
    public async Task ThePageChangesByItselfWhenTheLastShopIsApproved()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop-22", kind = "retail", name = "Weltladen", products = new[] { "Kaffee", "Tee" } });
        var shop = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(slug, "shop-22"));
        var id = (string)(await (await shop.UploadAsync(slug, "shop-22", Samples.Jpeg(5_000))).JsonAsync())["id"]!;
        var page = await browser.NewPageAsync(_site);
        await page.GotoAsync($"/towns/{slug}");
        await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-following", "true");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        await _admin.ReviewAsync(slug, id, "approve");

        await Assertions.Expect(page.Locator("[data-criterion=retail-catering] [data-counter=retail] .numbers"))
            .ToHaveTextAsync("22 / 22", new() { Timeout = 3_000 });
        (await page.Locator("[data-criterion=retail-catering]").GetAttributeAsync("class")).ShouldBe("criterion met");
        (await page.EvaluateAsync<bool>("() => window.notReloaded === true")).ShouldBeTrue("the page changed without a reload");
    }

    [Fact]
    public async Task EveryPageFollowingATownSeesTheChange()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        var pages = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => browser.NewPageAsync(_site)));
        foreach (var page in pages)
        {
            await page.GotoAsync($"/towns/{slug}");
            await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-following", "true");
        }

        (await _admin.PutAsJsonAsync($"/api/towns/{slug}/council", new { resolutionAdoptedOn = "2026-01-20", productsServed = new[] { "Kaffee" } })).EnsureSuccessStatusCode();

        foreach (var page in pages)
        {
            await Assertions.Expect(page.Locator("[data-criterion=council] [data-counter=coffee] .numbers")).ToHaveTextAsync("1 / 1", new() { Timeout = 3_000 });
        }
    }

    [Fact]
    public async Task WhatPeopleTypedIsShownAsTextNeverRun()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        const string name = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "evil", kind = "retail", name, products = new[] { "Kaffee", "Tee" }, listPublicly = true, address = "\"><b>bold</b>" });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "evil", kind = "declaration", effectiveDate = "2026-11-01" });
        await _admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn = "2026-11-02", outlet = "<i>WAZ</i>", title = "<script>alert(3)</script>" });
        var page = await browser.NewPageAsync(_site);
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.GotoAsync($"/towns/{slug}");

        (await page.Locator(".outlets strong").TextContentAsync()).ShouldBe(name);
        (await page.Locator(".outlets .address").TextContentAsync()).ShouldBe("\"><b>bold</b>");
        (await page.Locator(".outlets b").CountAsync()).ShouldBe(0);
        (await page.Locator(".press li").TextContentAsync())!.ShouldContain("<i>WAZ</i>:");
        (await page.Locator(".press i").CountAsync()).ShouldBe(0);
        (await page.Locator(".press span").TextContentAsync()).ShouldBe("<script>alert(3)</script>");
        dialogs.ShouldBe(0);
    }

    [Fact]
    public async Task ThePageSpeaksEnglishWhenAskedAndFitsAPhone()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        var page = await browser.NewPageAsync(_site, width: 360, locale: "en-GB");

        await page.GotoAsync($"/towns/{slug}");

        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
        (await page.Locator("[data-criterion=retail-catering] .missing").TextContentAsync()).ShouldBe("Missing: 1 more shop");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        await page.GotoAsync($"/towns/{slug}?lang=de");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("de");
    }

    [Theory]
    [InlineData("fr", "Tous les critères ne sont pas encore remplis", "Renouvellement à effectuer dans 96 jours", "Il manque\u00A0: 1 commerce", "commerces",
        "Critères non remplis aujourd’hui\u00A0: il faut encore 1 commerce.", new[] { "Deutsch", "English", "Italiano" })]
    [InlineData("it", "Non tutti i criteri sono ancora soddisfatti", "Rinnovo da effettuare entro 96 giorni", "Mancano ancora: 1 negozio", "negozi",
        "Criteri non soddisfatti oggi: serve ancora 1 negozio.", new[] { "Deutsch", "English", "Français" })]
    public async Task ThePageSpeaksFrenchAndItalianWhenAsked(string language, string overall, string renewal, string missing, string shops, string forecast, string[] otherLanguages)
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        var page = await browser.NewPageAsync(_site, locale: "en-GB");

        await page.GotoAsync($"/towns/{slug}?lang={language}");

        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(language);
        (await page.Locator("#overall-heading").TextContentAsync()).ShouldBe(overall);
        (await page.Locator(".title-state").TextContentAsync())!.ShouldContain(renewal);
        (await page.Locator("[data-criterion=retail-catering] .missing").TextContentAsync()).ShouldBe(missing);
        (await page.Locator("[data-criterion=retail-catering] [data-counter=retail] label").TextContentAsync()).ShouldBe(shops);
        (await page.Locator("[data-forecast]").TextContentAsync()).ShouldBe(forecast);
        (await page.Locator(".town-header nav a").AllTextContentsAsync()).ShouldBe(otherLanguages);
        var text = await page.Locator("body").InnerTextAsync();
        foreach (var elsewhere in new[] { "Not every criterion met yet", "Noch nicht alle Kriterien erfüllt", "Missing:", "Es fehlt:", "Not met today", "Heute nicht erfüllt", "Renewal due", "Erneuerung", "Sign in", "Anmelden" })
        {
            text.ShouldNotContain(elsewhere);
        }
    }

    [Fact]
    public async Task OnlyOutletsThatAgreedAreListedAndNoContentSecurityViolationOccurs()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        foreach (var (id, listed) in new[] { ("listed", true), ("private", false) })
        {
            await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id, kind = "catering", name = $"Café {id}", products = new[] { "Kaffee", "Tee" }, listPublicly = listed });
            await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = id, kind = "declaration", effectiveDate = "2026-11-01" });
        }

        var page = await browser.NewPageAsync(_site);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        var response = await page.GotoAsync($"/towns/{slug}");
        await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-following", "true");

        (await page.Locator(".outlets strong").AllTextContentsAsync()).ShouldBe(["Café listed"]);
        (await response!.HeaderValueAsync("content-security-policy"))!.ShouldContain("script-src 'self'");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnUnknownTownIsNotFoundAndSaysSoInWords()
    {
        var response = await fixture.Anonymous.GetAsync("/towns/no-such-town");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("There is no such page (any more).");
    }
}
