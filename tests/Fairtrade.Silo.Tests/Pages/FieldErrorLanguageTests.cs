using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>A page shows the API's field errors in its own language, whatever language the browser prefers.</summary>
[Collection(AppCollection.Name)]
public sealed class FieldErrorLanguageTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private readonly HttpClient _admin = fixture.Admin;
    private readonly Uri _site = fixture.Anonymous.BaseAddress!;

    [Fact]
    public async Task AGermanPageShowsARuleOnlyTheServerChecksInGermanNextToItsField()
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "schule", kind = "school", name = "Gesamtschule" });
        var page = await browser.SignedInAsync(_site, user, "a-good-long-password");

        await page.GotoAsync($"/manage/{town}/participants/schule?lang=de");
        await page.Locator("#activity-date").FillAsync("2099-01-01");
        await page.Locator("#activity-title").FillAsync("Faire Woche");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aktion eintragen" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-error-for=date]"))
            .ToHaveTextAsync("Eine Aktion wird erfasst, wenn sie stattgefunden hat, höchstens einen Tag im Voraus.");
        (await page.Locator("#activity-date").GetAttributeAsync("aria-invalid")).ShouldBe("true");
    }
}
