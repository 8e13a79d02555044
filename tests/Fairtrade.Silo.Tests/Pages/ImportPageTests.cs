using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>A coordinator imports a list from the town's page: checks it first, reads what is wrong, imports it.</summary>
[Collection(AppCollection.Name)]
public sealed class ImportPageTests(AppFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task ACoordinatorSeesWhereTheListIsWrongThenImportsTheCorrectedList()
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        var page = await browser.SignedInAsync(fixture.Anonymous.BaseAddress!, user, "a-good-long-password", width: 360);
        await page.GotoAsync($"/manage/{town}?lang=en");
        var folder = Directory.CreateTempSubdirectory("import-page-");
        var wrong = Path.Combine(folder.FullName, "wrong.xlsx");
        var right = Path.Combine(folder.FullName, "right.xlsx");
        await File.WriteAllBytesAsync(wrong, Workbooks.List("Liste", ["Name", "Art"], ["Weltladen", "Einzelhandel"], ["Bäckerei Kamp", "Bäckerei"]));
        await File.WriteAllBytesAsync(right, Workbooks.List("Liste", ["Name", "Art"], ["Weltladen", "Einzelhandel"], ["Café Kö", "Gastronomie"]));

        await page.GetByText("Import a list").ClickAsync();
        await page.GetByLabel("Excel file (.xlsx)").SetInputFilesAsync(wrong);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-report] p")).ToHaveTextAsync("Nothing was taken over. Please correct these places in the file:");
        await Assertions.Expect(page.Locator(".import-report tbody tr")).ToHaveCountAsync(1);
        (await page.Locator(".import-report tbody td").AllTextContentsAsync()).Take(3).ShouldBe(["Liste", "3", "Art"]);
        (await _admin.GetJsonAsync($"/api/towns/{town}/participants")).AsArray().ShouldBeEmpty();

        await page.GetByLabel("Excel file (.xlsx)").SetInputFilesAsync(right);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check only" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-report] p")).ToHaveTextAsync("Checked, nothing taken over yet: 2 new, 0 changed, 0 unchanged");
        (await _admin.GetJsonAsync($"/api/towns/{town}/participants")).AsArray().ShouldBeEmpty();

        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-report] p")).ToHaveTextAsync("Imported: 2 new, 0 changed, 0 unchanged");
        (await _admin.GetJsonAsync($"/api/towns/{town}/participants")).AsArray().Count.ShouldBe(2);
        folder.Delete(recursive: true);
    }
}
