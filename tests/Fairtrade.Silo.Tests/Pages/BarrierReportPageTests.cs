using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>
/// From any page, the footer leads to the accessibility statement, whose form sends a barrier report (with the
/// keyboard alone) that the admin then finds in the list of reports.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BarrierReportPageTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private readonly Uri _site = fixture.Anonymous.BaseAddress!;

    [Fact]
    public async Task AReportSentWithTheKeyboardFromATownsFooterArrivesInTheAdminsList()
    {
        var slug = Api.NewSlug();
        await fixture.Admin.CreateTownAsync(slug);
        var what = $"The chart cannot be read aloud ({Guid.NewGuid():N}).";
        var page = await browser.NewPageAsync(_site, locale: "en-GB");
        await page.GotoAsync($"/towns/{slug}");

        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Accessibility" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/accessibility**");
        var startedWith = await page.GetByLabel("Page (address or name)").InputValueAsync();
        await page.GetByLabel("What happened?").FocusAsync();
        await page.Keyboard.TypeAsync(what);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("reader@example.org");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Thank you, your report has arrived.");
        startedWith.ShouldBe($"/towns/{slug}");
        (await page.GetByLabel("What happened?").InputValueAsync()).ShouldBeEmpty("the form is emptied, so the report is not sent twice");
        var admin = await browser.SignedInAsync(_site, "admin", FairtradeApp.AdminPassword);
        await admin.GotoAsync("/admin/barriers");
        var report = admin.Locator("#barriers li").Filter(new() { HasText = what });
        await Assertions.Expect(report.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"/towns/{slug}");
        await Assertions.Expect(report.GetByRole(AriaRole.Link, new() { Name = "reader@example.org" })).ToHaveAttributeAsync("href", "mailto:reader@example.org");
    }

    [Theory]
    [InlineData("en-GB", "Accessibility statement", "Enforcement procedure")]
    [InlineData("de-DE", "Erklärung zur Barrierefreiheit", "Durchsetzungsverfahren")]
    public async Task TheStatementSpeaksThePagesLanguageAndIsLinkedFromEveryPagesFooter(string locale, string title, string enforcement)
    {
        var page = await browser.NewPageAsync(_site, locale: locale);
        await page.GotoAsync("/login");

        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = enforcement })).ToBeVisibleAsync();
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(locale[..2]);
    }
}
