using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Campaign;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>The campaign office's console in a real browser: filter, sort, invite a batch, and rows that follow their towns.</summary>
[Collection(AppCollection.Name)]
public sealed class CampaignConsolePageTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private const string Password = "a-good-long-password";
    private readonly HttpClient _admin = fixture.Admin;
    private readonly Uri _site = fixture.Anonymous.BaseAddress!;

    [Fact]
    public async Task TheOfficeFiltersAndSortsTheTownsByItsColumns()
    {
        var (prefix, towns, office) = await ThreeTownsAsync();
        var page = await browser.SignedInAsync(_site, office, Password);
        await page.GotoAsync($"/campaign?q={prefix}");

        (await RowsAsync(page)).ShouldBe(towns);
        await page.Locator("th[data-column=population] a").ClickAsync();
        await Assertions.Expect(page.Locator("th[data-column=population]")).ToHaveAttributeAsync("aria-sort", "ascending");
        (await RowsAsync(page)).ShouldBe([towns[1], towns[2], towns[0]]);
        await page.Locator("th[data-column=population] a").ClickAsync();
        await Assertions.Expect(page.Locator("th[data-column=population]")).ToHaveAttributeAsync("aria-sort", "descending");
        (await RowsAsync(page)).ShouldBe([towns[0], towns[2], towns[1]]);

        await page.Locator("#state").SelectOptionAsync("lapsed");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#towns tbody tr")).ToHaveCountAsync(1);
        (await RowsAsync(page)).ShouldBe([towns[0]]);
        (await page.Locator("#workbook").GetAttributeAsync("href"))!.ShouldContain("state=lapsed");
    }

    [Fact]
    public async Task ATownsRowChangesByItselfAndATickedBatchIsInvited()
    {
        var (prefix, towns, office) = await ThreeTownsAsync();
        var page = await browser.SignedInAsync(_site, office, Password);
        await page.GotoAsync($"/campaign?q={prefix}");
        await Assertions.Expect(page.Locator("#campaign-table")).ToHaveAttributeAsync("data-following", "true");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        await _admin.PatchAsJsonAsync($"/api/towns/{towns[1]}", new { population = 99_999 });

        await Assertions.Expect(page.Locator($"tr[data-town={towns[1]}] [data-population]"))
            .ToHaveAttributeAsync("data-population", "99999", new() { Timeout = 10_000 });
        (await page.EvaluateAsync<bool>("() => window.notReloaded === true")).ShouldBeTrue("the row changed without a reload");

        await page.Locator($"tr[data-town={towns[0]}] input[name=towns]").CheckAsync();
        await page.Locator($"tr[data-town={towns[2]}] input[name=towns]").CheckAsync();
        await page.Locator("#invite button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#invite [data-saved-note]")).ToContainTextAsync("2");
        await Assertions.Expect(page.Locator($"tr[data-town={towns[2]}] [data-renewal]")).Not.ToHaveAttributeAsync("data-renewal", "", new() { Timeout = 10_000 });
        (await _admin.GetJsonAsync($"/api/towns/{towns[0]}/renewals")).AsArray().Count.ShouldBe(1);
        (await _admin.GetJsonAsync($"/api/towns/{towns[1]}/renewals")).AsArray().ShouldBeEmpty();
    }

    private async Task<(string Prefix, string[] Towns, string Office)> ThreeTownsAsync()
    {
        var prefix = Api.NewSlug("console");
        string[] towns = [$"{prefix}-a", $"{prefix}-b", $"{prefix}-c"];
        await _admin.CreateTownAsync(towns[0], population: 3_000, titleAwardedOn: "2020-01-01");
        await _admin.CreateTownAsync(towns[1], population: 1_000, titleAwardedOn: "2026-01-01");
        await _admin.CreateTownAsync(towns[2], population: 2_000);
        foreach (var town in towns)
        {
            await CampaignRows.EventuallyAsync(_admin, town, _ => true);
        }

        var office = Api.NewSlug("office");
        await _admin.CreateAccountAsync(office, "campaign", [], Password);
        return (prefix, towns, office);
    }

    private static async Task<string[]> RowsAsync(IPage page) =>
        [.. (await page.Locator("#towns tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.town)"))];
}
