using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>A coordinator's day in the browser, with the shop and the public watching in browsers of their own.</summary>
[Collection(AppCollection.Name)]
public sealed class CoordinatorFlowTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private const string Password = "a-good-long-password";

    /// <summary>A real 1×1 PNG, so the browser can actually draw it.</summary>
    private static readonly byte[] Pixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private readonly HttpClient _admin = fixture.Admin;
    private readonly Uri _site = fixture.Anonymous.BaseAddress!;

    private Task<IPage> SignedInAsync(string user) => browser.SignedInAsync(_site, user, Password);

    [Fact]
    public async Task ACoordinatorAddsACafeTheCafeSendsAPhotoTheCoordinatorApprovesItAndThePublicPageFollows()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town, population: 30_000);
        var user = Api.NewSlug("coord");
        await _admin.CreateAccountAsync(user, "coordinator", [town]);
        var coordinator = await SignedInAsync(user);
        var publicPage = await browser.NewPageAsync(_site, locale: "en-GB");
        await publicPage.GotoAsync($"/towns/{town}");
        await Assertions.Expect(publicPage.Locator("#status")).ToHaveAttributeAsync("data-following", "true");
        await publicPage.EvaluateAsync("() => { window.notReloaded = true; }");
        var catering = publicPage.Locator("[data-criterion=retail-catering] [data-counter=catering] .numbers");
        var before = (await catering.TextContentAsync())!;
        before.ShouldStartWith("0 / ");

        await coordinator.GotoAsync($"/manage/{town}");
        await coordinator.Locator("#p-kind").SelectOptionAsync("catering");
        await coordinator.Locator("#p-name").FillAsync("Café Mokka");
        await coordinator.Locator("#p-products").FillAsync("Kaffee, Tee");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await coordinator.WaitForURLAsync($"**/manage/{town}/participants/cafe-mokka");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Create a link" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#new-link")).ToBeVisibleAsync();
        var url = (await coordinator.Locator("#new-link-url").TextContentAsync())!;
        url.ShouldContain("/upload#");
        (await coordinator.Locator("#new-link [data-svg] svg").CountAsync()).ShouldBe(1, "the link comes with its QR code");

        var cafe = await browser.NewPageAsync(_site, width: 360, locale: "de-DE");
        await cafe.GotoAsync(url);
        await cafe.WaitForURLAsync($"**/upload/{town}/cafe-mokka");
        await cafe.Locator("#camera").SetInputFilesAsync(new FilePayload { Name = "theke.png", MimeType = "image/png", Buffer = Pixel });
        await cafe.GetByRole(AriaRole.Button, new() { Name = "Senden", Exact = true }).ClickAsync();
        await Assertions.Expect(cafe.Locator(".evidence-list > li").First).ToHaveAttributeAsync("data-status", "submitted");

        await coordinator.GotoAsync($"/manage/{town}/review");
        var card = coordinator.Locator(".evidence-card").First;
        await Assertions.Expect(card.Locator("img.evidence-image")).ToBeVisibleAsync();
        (await card.Locator("img.evidence-image").EvaluateAsync<int>("img => img.complete ? img.naturalWidth : -1")).ShouldBe(1, "the photo is shown inline");
        await card.GetByLabel("Comment (the participant sees it)").FillAsync("Danke!");
        await card.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Assertions.Expect(coordinator.Locator(".evidence-card")).ToHaveCountAsync(0);
        await Assertions.Expect(catering).ToHaveTextAsync(before.Replace("0 / ", "1 / ", StringComparison.Ordinal), new() { Timeout = 3_000 });
        await Assertions.Expect(publicPage.Locator(".outlets")).ToContainTextAsync("Café Mokka");
        (await publicPage.EvaluateAsync<bool>("() => window.notReloaded === true")).ShouldBeTrue("the public page changed without a reload");
        await cafe.ReloadAsync();
        await Assertions.Expect(cafe.Locator(".evidence-list > li").First).ToHaveAttributeAsync("data-status", "approved");
        (await cafe.Locator(".review-comment q").TextContentAsync()).ShouldBe("Danke!");
    }

    [Fact]
    public async Task ASignedInCoordinatorWhoOpensAShopsLinkIsToldInsteadOfBecomingTheShop()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town);
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "shop", kind = "retail", name = "Shop" });
        var url = (string)(await _admin.PostOkAsync($"/api/towns/{town}/participants/shop/upload-links", new { }))["url"]!;
        var user = Api.NewSlug("coord");
        await _admin.CreateAccountAsync(user, "coordinator", [town]);
        var coordinator = await SignedInAsync(user);

        await coordinator.GotoAsync(url);

        await Assertions.Expect(coordinator.Locator("[data-signed-in]")).ToBeVisibleAsync();
        await coordinator.GotoAsync("/account");
        (await coordinator.Locator("h1").TextContentAsync()).ShouldBe("Your account");
    }

    [Fact]
    public async Task TheSignOutButtonSignsOut()
    {
        var user = Api.NewSlug("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var page = await SignedInAsync(user);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(_site, "/").ToString());

        await page.GotoAsync("/account");
        page.Url.ShouldStartWith(new Uri(_site, "/login").ToString());
    }
}
