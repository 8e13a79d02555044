using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>A coordinator clears spam from the review queue in the browser.</summary>
[Collection(AppCollection.Name)]
public sealed class EvidenceDeletionPageTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task ACoordinatorDeletesSpamFromTheReviewQueueAfterConfirming()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town);
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "cafe", kind = "catering", name = "Café", products = new[] { "Kaffee" } });
        var link = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(town, "cafe"));
        await link.UploadAsync(town, "cafe", Samples.Jpeg(5_000));
        var user = Api.NewSlug("coord");
        await _admin.CreateAccountAsync(user, "coordinator", [town]);
        var page = await browser.SignedInAsync(fixture.Anonymous.BaseAddress!, user, "a-good-long-password");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();

        await page.GotoAsync($"/manage/{town}/review");
        await page.Locator(".evidence-card").First.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();

        await Assertions.Expect(page.Locator(".evidence-card")).ToHaveCountAsync(0);
        (await _admin.GetJsonAsync($"/api/towns/{town}/evidence")).AsArray().ShouldBeEmpty();
    }
}
