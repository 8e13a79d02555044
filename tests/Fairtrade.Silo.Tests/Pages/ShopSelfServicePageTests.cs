using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>
/// A shop serves itself from a 360 px phone with the keyboard alone (Tab, Space, Enter, typing): it signs its
/// declaration, keeps its receipt, and changes its own details; the coordinator's approval moves the public counter.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ShopSelfServicePageTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private const int Phone = 360;

    private readonly HttpClient _admin = fixture.Admin;
    private readonly Uri _site = fixture.Anonymous.BaseAddress!;

    [Fact]
    public async Task AShopSignsItsDeclarationByKeyboardOnAPhoneAndTheApprovalMovesThePublicCounter()
    {
        var town = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(town);
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "shop-22", kind = "retail", name = "Weltladen", products = new[] { "Kaffee" } });
        var page = await OpenShopPageAsync(town, "shop-22", "de-DE");
        (await RetailCountAsync(town)).ShouldBe(21);

        await TabToAsync(page, "#declaration input[value='Tee']");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#declaration button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        var signer = page.Locator("#signed-by");
        await Assertions.Expect(page.Locator("#signed-by-error")).ToHaveTextAsync("Bitte geben Sie den Namen der Person an, die unterschreibt.");
        await Assertions.Expect(signer).ToBeFocusedAsync();
        await Assertions.Expect(signer).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(signer).ToHaveAttributeAsync("aria-describedby", "signed-by-error");
        await Assertions.Expect(page.Locator("#signed-by-error")).ToHaveAttributeAsync("aria-live", "polite");
        (await _admin.GetJsonAsync($"/api/towns/{town}/evidence?subject=shop-22")).AsArray().ShouldBeEmpty("a refused declaration stores nothing");

        await page.Keyboard.TypeAsync("Erika Muster");
        await TabToAsync(page, "#signer-role");
        await page.Keyboard.TypeAsync("Inhaberin");
        await TabToAsync(page, "#declare-listing");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#declaration button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        var declared = page.Locator("#declared");
        await Assertions.Expect(declared).ToBeVisibleAsync();
        await Assertions.Expect(declared).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#signed-by-error")).ToBeEmptyAsync();
        var evidenceId = (await declared.Locator("output").TextContentAsync())!;
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/upload/{town}/shop-22/declarations/{evidenceId}");
        (await page.Locator("#declared-products li").AllTextContentsAsync()).ShouldBe(["Kaffee", "Tee"]);
        await Assertions.Expect(page.Locator("[data-field=signed-by]")).ToHaveTextAsync("Erika Muster");
        await Assertions.Expect(page.Locator("[data-field=listing]")).ToHaveTextAsync("Ja, einverstanden");
        await Assertions.Expect(page.Locator("[data-field=status]")).ToHaveAttributeAsync("data-status", "submitted");
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the receipt fits the phone");

        await _admin.ReviewAsync(town, evidenceId, "approve");

        (await RetailCountAsync(town)).ShouldBe(22);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-field=status]")).ToHaveAttributeAsync("data-status", "approved");
    }

    [Fact]
    public async Task AShopChangesItsProductsAndAddressByKeyboardAndTheAuditTrailShowsIt()
    {
        var town = Api.NewSlug("details");
        await _admin.CreateTownAsync(town);
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "cafe", kind = "catering", name = "Café Bohne", products = new[] { "Espresso" } });
        var page = await OpenShopPageAsync(town, "cafe", "en-GB");
        (await page.Locator("#details-heading").TextContentAsync()).ShouldBe("Your details");
        (await page.Locator("#details input[name=name], #details input[name=kind]").CountAsync()).ShouldBe(0, "name and kind are shown, not edited");

        await TabToAsync(page, "#details input[value='Tea']");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#details-more");
        await page.Keyboard.TypeAsync("Rohrzucker");
        await TabToAsync(page, "#address");
        await page.Keyboard.TypeAsync("Markt 3");
        await TabToAsync(page, "#details button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#details [data-saved-note]")).ToHaveTextAsync("Saved.");
        var participant = await _admin.GetJsonAsync($"/api/towns/{town}/participants/cafe");
        participant["products"]!.AsArray().Select(p => (string?)p).ShouldBe(["Espresso", "Tea", "Rohrzucker"]);
        ((string?)participant["address"]).ShouldBe("Markt 3");
        var change = (await _admin.GetJsonAsync($"/api/towns/{town}/audit")).AsArray().Last(e => (string?)e!["action"] == "participant.updated")!;
        ((string?)change["actor"]).ShouldStartWith("upload-link:");
        change["details"]!.AsObject().Select(d => d.Key).ShouldBe(["address", "products"], ignoreOrder: true);
        ((string?)change["details"]!["products"]!["new"])!.ShouldContain("Rohrzucker");
    }

    private async Task<IPage> OpenShopPageAsync(string town, string participant, string locale)
    {
        var link = await _admin.PostOkAsync($"/api/towns/{town}/participants/{participant}/upload-links", new { });
        var page = await browser.NewPageAsync(_site, width: Phone, locale: locale);
        await page.GotoAsync((string)link["url"]!);
        await page.WaitForURLAsync($"**/upload/{town}/{participant}");
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the page fits the phone");
        return page;
    }

    /// <summary>Presses Tab until the element is focused, as a person reaching it by keyboard would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 100; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new ShouldAssertException($"Tab never reached {selector}");
    }

    private async Task<int> RetailCountAsync(string town)
    {
        var html = await fixture.Anonymous.GetStringAsync($"/towns/{town}");
        var counter = System.Text.RegularExpressions.Regex.Match(html, "data-counter=\"retail\"[\\s\\S]*?data-actual=\"(\\d+)\"");
        counter.Success.ShouldBeTrue();
        return int.Parse(counter.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
