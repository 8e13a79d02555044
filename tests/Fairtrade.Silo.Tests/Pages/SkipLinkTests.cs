using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>A keyboard's first stop on every page is the link past the navigation, in the page's language.</summary>
[Collection(AppCollection.Name)]
public sealed class SkipLinkTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private readonly Uri _site = fixture.Anonymous.BaseAddress!;

    [Theory]
    [InlineData("/", "en-GB", "Skip to the content")]
    [InlineData("/", "de-DE", "Zum Inhalt springen")]
    public async Task TheFirstTabReachesTheSkipLinkAndEnterMovesFocusToTheContent(string path, string locale, string words)
    {
        var page = await browser.NewPageAsync(_site, 360, locale);
        await page.GotoAsync(path);

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        await page.Keyboard.PressAsync("Enter");

        focused.ShouldBe(words);
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("content");
        await Assertions.Expect(page.Locator(".skip-link")).Not.ToBeInViewportAsync();
    }
}
