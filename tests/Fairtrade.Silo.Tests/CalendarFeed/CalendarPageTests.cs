using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.CalendarFeed;

/// <summary>The calendar links on a town's notifications page, in a real browser.</summary>
[Collection(AppCollection.Name)]
public sealed class CalendarPageTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task TheSteeringGroupMakesALinkOnThePageCopiesItsUrlAndRevokesIt()
    {
        var (town, user) = await fixture.Admin.TownWithAccountAsync("steering-group");
        var page = await browser.SignedInAsync(fixture.Anonymous.BaseAddress!, user, "a-good-long-password");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync($"/manage/{town}/notifications");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create a calendar link" }).ClickAsync();

        await Assertions.Expect(page.Locator("#new-calendar-link")).ToBeVisibleAsync();
        var url = (await page.Locator("#new-calendar-link-url").TextContentAsync())!;
        (await fixture.App.FeedStatusAsync(url)).ShouldBe(HttpStatusCode.OK);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#calendar-links tbody tr")).ToHaveCountAsync(1);
        (await page.ContentAsync()).ShouldNotContain(url, customMessage: "the url is shown once, when it is made");

        await page.Locator("#calendar-links").GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();

        await Assertions.Expect(page.Locator("#calendar-links tbody tr")).ToContainTextAsync("revoked");
        (await fixture.App.FeedStatusAsync(url)).ShouldBe(HttpStatusCode.NotFound);
    }
}
