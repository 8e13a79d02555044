using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>Signing in and the coordinator's pages in a real browser.</summary>
[Collection(AppCollection.Name)]
public sealed class ManagePagesTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private const string Password = "a-good-long-password";
    private readonly HttpClient _admin = fixture.Admin;
    private readonly Uri _site = fixture.Anonymous.BaseAddress!;

    private Task<IPage> SignedInAsync(string user, string password = Password, int width = 1280) =>
        browser.SignedInAsync(_site, user, password, width);

    [Fact]
    public async Task ACoordinatorAddsACafeThroughTheFormAndSeesItListed()
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        var page = await SignedInAsync(user, width: 360);
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(_site, "/manage").ToString());

        await page.GetByRole(AriaRole.Link, new() { Name = $"Town {town}" }).ClickAsync();
        await page.GetByLabel("Kind", new() { Exact = true }).Last.SelectOptionAsync("catering");
        await page.Locator("#p-name").FillAsync("Café <b>Mokka</b>");
        await page.GetByLabel("Fairtrade products").FillAsync("Kaffee, Tee");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();

        await page.WaitForURLAsync($"**/manage/{town}/participants/cafe-b-mokka-b");
        (await page.Locator("#participant-name").TextContentAsync())!.Trim().ShouldBe("Café <b>Mokka</b>");
        await page.GotoAsync($"/manage/{town}");
        await Assertions.Expect(page.Locator("#participants tbody tr")).ToHaveCountAsync(1);
        (await page.Locator("#participants tbody td").First.TextContentAsync()).ShouldBe("Café <b>Mokka</b>");
        var stored = await _admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonNode>($"/api/towns/{town}/participants");
        stored!.AsArray().Single()!["products"]!.AsArray().Select(p => (string?)p).ShouldBe(["Kaffee", "Tee"]);
    }

    [Fact]
    public async Task TheTownsPageForecastsInWordsNamingParticipantsThePublicDoesNotSee()
    {
        var (town, user) = (Api.NewSlug("bottrop"), Api.NewSlug("coord"));
        await _admin.BuildAllButTheLastShopAsync(town);
        await _admin.AddParticipantAsync(town, "shop-22", "retail", BottropScenario.Evidence);
        await _admin.CreateAccountAsync(user, "coordinator", [town]);
        var page = await SignedInAsync(user);

        await page.GotoAsync($"/manage/{town}");

        (await page.Locator("[data-forecast]").TextContentAsync()).ShouldBe("Safe until 9 Jan 2027: cafe-mokka's declaration runs out; 1 more café or restaurant needed.");
    }

    [Fact]
    public async Task ACoordinatorAskingForFrenchReadsTheTownsPageInFrench()
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        var page = await SignedInAsync(user);

        await page.GotoAsync($"/manage/{town}?lang=fr");

        (await page.Locator("#add-heading").TextContentAsync()).ShouldBe("Ajouter un participant");
        (await page.Locator("#p-kind option").AllTextContentsAsync()).ShouldContain("Restauration");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Renouvellement", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheFormShowsTheApisRefusalNextToTheFieldAndStoresNothing()
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        var page = await SignedInAsync(user);
        await page.GotoAsync($"/manage/{town}");

        await page.Locator("#p-name").FillAsync("   ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-error-for=name]")).Not.ToBeEmptyAsync();
        (await page.Locator("#p-name").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await _admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/towns/{town}/participants"))!.Count.ShouldBe(0);
    }

    [Fact]
    public async Task ASteeringGroupMemberReadsItsTownButGetsNoFormsAndNoOtherTown()
    {
        var (own, other) = (Api.NewSlug(), Api.NewSlug());
        await _admin.CreateTownAsync(own);
        await _admin.CreateTownAsync(other);
        await _admin.PostOkAsync($"/api/towns/{own}/participants", new { id = "shop", kind = "retail", name = "Weltladen", contact = new { email = "laden@example.org" } });
        var user = Api.NewSlug("sg");
        await _admin.CreateAccountAsync(user, "steering-group", [own]);
        var page = await SignedInAsync(user);

        await page.GotoAsync($"/manage/{own}");
        (await page.Locator("#participants tbody tr").CountAsync()).ShouldBe(1);
        (await page.Locator("form[data-api]").CountAsync()).ShouldBe(0);
        await page.GotoAsync($"/manage/{own}/participants/shop");
        (await page.Locator("#email").InputValueAsync()).ShouldBe("laden@example.org", "the steering group reads the contacts");
        (await page.Locator("#email").IsDisabledAsync()).ShouldBeTrue("and changes nothing");
        (await page.Locator("main button[type=submit]").CountAsync()).ShouldBe(0);
        await page.GotoAsync($"/manage/{own}/review");
        (await page.Locator("h1").TextContentAsync()).ShouldBe($"Town {own}");

        var denied = await page.GotoAsync($"/manage/{other}");
        denied!.Status.ShouldBe(403);
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Access denied");
    }

    [Fact]
    public async Task OnlyTheAdminOpensTheOrleansDashboard()
    {
        var user = Api.NewSlug("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var coordinator = await SignedInAsync(user);
        var admin = await SignedInAsync("admin", FairtradeApp.AdminPassword);
        var anonymous = await browser.NewPageAsync(_site);

        (await coordinator.GotoAsync("/dashboard/"))!.Status.ShouldBe(403);
        await anonymous.GotoAsync("/dashboard/");
        anonymous.Url.ShouldStartWith(new Uri(_site, "/login").ToString());
        (await admin.GotoAsync("/dashboard/"))!.Status.ShouldBe(200);
        await Assertions.Expect(admin).ToHaveTitleAsync("Orleans Dashboard");
    }
    [Fact]
    public async Task TheNotificationsPageSaysThatMailIsOffAndSavesTheAddressAndMailLanguageInPlace()
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        var page = await SignedInAsync(user);
        await page.GotoAsync($"/manage/{town}/notifications");

        await Assertions.Expect(page.Locator("#mail-off")).ToBeVisibleAsync();
        var language = page.GetByLabel("Language of the coordinator's e-mails");
        await Assertions.Expect(language).ToHaveValueAsync("de");
        await page.Locator("#coordinator-email").FillAsync("koordination@example.org");
        await language.SelectOptionAsync(new SelectOptionValue { Label = "Italiano" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-saved-note]")).ToHaveTextAsync("Saved.");
        var settings = await _admin.GetJsonAsync($"/api/towns/{town}/notification-settings");
        ((string?)settings["coordinatorEmail"]).ShouldBe("koordination@example.org");
        ((string?)settings["coordinatorLanguage"]).ShouldBe("it");
    }
    [Fact]
    public async Task EmptyingAContactsFieldsRemovesTheContact()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town);
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "shop", kind = "retail", name = "Weltladen", contact = new { person = "Eva", email = "eva@example.org" } });
        var user = Api.NewSlug("coord");
        await _admin.CreateAccountAsync(user, "coordinator", [town]);
        var page = await SignedInAsync(user);
        await page.GotoAsync($"/manage/{town}/participants/shop");

        await page.Locator("#person").FillAsync("");
        await page.Locator("#email").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-saved-note]")).ToHaveTextAsync("Saved.");
        (await _admin.GetJsonAsync($"/api/towns/{town}/participants/shop"))["contact"].ShouldBeNull();
    }
    [Fact]
    public async Task ACoordinatorDownloadsTheRenewalWorkbookFromTheTownsPage()
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        var page = await SignedInAsync(user);
        await page.GotoAsync($"/manage/{town}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Renewal workbook (Excel)" }).ClickAsync());

        download.SuggestedFilename.ShouldStartWith($"renewal-{town}-");
        var sheets = await LibreOffice.SheetsAsync(File.ReadAllBytes((await download.PathAsync())!));
        sheets.Keys.ShouldContain("Summary");
    }
}
