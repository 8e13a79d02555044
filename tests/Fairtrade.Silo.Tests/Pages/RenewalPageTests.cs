using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>The town's renewal page in a real browser: the coordinator submits, the campaign office decides.</summary>
[Collection(AppCollection.Name)]
public sealed class RenewalPageTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private const string Password = "a-good-long-password";
    private readonly HttpClient _admin = fixture.Admin;
    private readonly Uri _site = fixture.Anonymous.BaseAddress!;

    [Fact]
    public async Task TheCoordinatorSubmitsAndTheCampaignOfficeRecordsItsDecision()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town, titleAwardedOn: "2025-01-10");
        var (coordinator, office) = (Api.NewSlug("coord"), Api.NewSlug("office"));
        await _admin.CreateAccountAsync(coordinator, "coordinator", [town], Password);
        await _admin.CreateAccountAsync(office, "campaign", [], Password);
        var renewal = (string)(await _admin.PostCreatedAsync($"/api/towns/{town}/renewals", new { invitedOn = "2026-11-20" }))["id"]!;

        var keeper = await browser.SignedInAsync(_site, coordinator, Password);
        await keeper.GotoAsync($"/manage/{town}/renewals");
        (await keeper.Locator($"[data-renewal='{renewal}'] [data-deadline]").GetAttributeAsync("data-deadline")).ShouldBe("2027-01-15");
        await keeper.GetByRole(AriaRole.Button, new() { Name = "Submit the renewal" }).ClickAsync();
        await Assertions.Expect(keeper.Locator($"[data-renewal='{renewal}'] [data-submitted]")).ToHaveAttributeAsync("data-submitted", "2026-11-25");
        (await keeper.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).CountAsync()).ShouldBe(0, "the coordinator does not decide");

        var campaign = await browser.SignedInAsync(_site, office, Password);
        await campaign.GotoAsync($"/manage/{town}/renewals");
        await campaign.GetByLabel("renewed on conditions").CheckAsync();
        await campaign.GetByLabel("Comment").FillAsync("A second school by next year.");
        await campaign.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        await Assertions.Expect(campaign.Locator($"[data-renewal='{renewal}'] [data-decision]")).ToHaveAttributeAsync("data-decision", "conditional");
        await Assertions.Expect(campaign.Locator("#renewal-due")).ToContainTextAsync("2028");
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{town}"))["lastRenewedOn"]).ShouldBe("2026-11-25");
    }
}
