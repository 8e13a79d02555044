using System.Diagnostics;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>
/// Every page, in every language the pages speak, on a phone and on a desktop, checked by axe-core against the WCAG
/// 2.0, 2.1 and 2.2 rules of levels A and AA: not one violation. Closed details are opened first, so what they hide is
/// checked too.
/// </summary>
public sealed class AccessibilityTests(DemoSite site, Browser browser, ITestOutputHelper output) : IClassFixture<DemoSite>, IClassFixture<Browser>
{
    /// <summary>The languages the pages speak, each asked for with <c>?lang=</c>.</summary>
    public static readonly string[] Languages = ["de", "en", "fr", "it"];

    public static readonly int[] Widths = [360, 1280];

    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Who looks at a page: the public, the admin signed in, or a shop through its upload link.</summary>
    private enum Visitor
    {
        Public,
        Admin,
        Shop,
    }

    private static readonly (string Path, Visitor Visitor)[] EveryPage =
    [
        ("/", Visitor.Public),
        ($"/towns/{DemoSite.Town}", Visitor.Public),
        ("/login", Visitor.Public),
        ("/denied", Visitor.Public),
        ("/status/404", Visitor.Public),
        ("/upload", Visitor.Public),
        ("/accessibility", Visitor.Public),
        ("/manage", Visitor.Admin),
        ($"/manage/{DemoSite.Town}", Visitor.Admin),
        ($"/manage/{DemoSite.Town}/participants/cafe-mokka", Visitor.Admin),
        ($"/manage/{DemoSite.Town}/participants/ev-kirchengemeinde-bottrop", Visitor.Admin),
        ($"/manage/{DemoSite.Town}/review", Visitor.Admin),
        ($"/manage/{DemoSite.Town}/criteria", Visitor.Admin),
        ($"/manage/{DemoSite.Town}/audit", Visitor.Admin),
        ($"/manage/{DemoSite.Town}/notifications", Visitor.Admin),
        ($"/manage/{DemoSite.Town}/renewals", Visitor.Admin),
        ("/campaign", Visitor.Admin),
        ("/admin/accounts", Visitor.Admin),
        ("/admin/accounts/admin", Visitor.Admin),
        ("/admin/barriers", Visitor.Admin),
        ("/account", Visitor.Admin),
        ($"/upload/{DemoSite.Town}/{DemoSite.Shop}", Visitor.Shop),
    ];

    public static TheoryData<string, int> LanguagesAndWidths() =>
        new(Languages.SelectMany(language => Widths.Select(width => (language, width))));

    [Theory]
    [MemberData(nameof(LanguagesAndWidths))]
    public async Task EveryPageHasNoWcagViolation(string language, int width)
    {
        var watch = Stopwatch.StartNew();
        var visitors = new Dictionary<Visitor, IPage>
        {
            [Visitor.Public] = await browser.NewPageAsync(site.Address, width),
            [Visitor.Admin] = await AdminAsync(width),
            [Visitor.Shop] = await ShopAsync(width),
        };

        var violations = new List<string>();
        foreach (var (path, visitor) in EveryPage)
        {
            violations.AddRange(await CheckAsync(visitors[visitor], $"{path}?lang={language}", width));
        }

        output.WriteLine($"{EveryPage.Length} pages in {language} at {width} px: {watch.Elapsed.TotalSeconds:0.0} s");
        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    private async Task<IPage> AdminAsync(int width)
    {
        var page = await browser.NewPageAsync(site.Address, width);
        await page.Context.AddCookiesAsync(site.AdminSession);
        return page;
    }

    private async Task<IPage> ShopAsync(int width)
    {
        var page = await browser.NewPageAsync(site.Address, width);
        await page.GotoAsync($"/upload#{site.Link}");
        await page.WaitForURLAsync($"**/upload/{DemoSite.Town}/{DemoSite.Shop}");
        return page;
    }

    private static async Task<IEnumerable<string>> CheckAsync(IPage page, string path, int width)
    {
        var response = await page.GotoAsync(path);
        if (response is null || (response.Status >= 400 && !path.StartsWith("/denied", StringComparison.Ordinal) && !path.StartsWith("/status/", StringComparison.Ordinal)))
        {
            return [$"{path} at {width} px: status {response?.Status}"];
        }

        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => { d.open = true; })");
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            ResultTypes = [ResultType.Violations],
        });
        return result.Violations.SelectMany(rule => rule.Nodes.Select(node =>
            $"{path} at {width} px: {rule.Id} ({rule.Impact}) {node.Target}: {rule.Help}"));
    }
}
