using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>
/// Every main page of the demo town, as people open them: each answers, logs no error (a script or policy failure
/// would), and fits a 360 px phone without sideways scrolling. With FAIRTRADE_SCREENSHOTS set to a folder, it also
/// saves the pictures the README shows (scripts/screenshots.sh).
/// </summary>
public sealed class EveryPageTests(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private const int Phone = 360;
    private const int Desktop = 1280;

    private readonly FairtradeApp _app = new(demo: true);
    private Uri _site = null!;

    public async ValueTask InitializeAsync()
    {
        var admin = _app.CreateClientAs("admin");
        _site = admin.BaseAddress!;
        await WaitForDemoAsync(admin);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task EveryMainPageRendersCleanlyOnAPhoneAndOnADesktop()
    {
        var admin = _app.CreateClientAs("admin");
        var link = await admin.CreateLinkAsync("bottrop", "weltladen-bottrop");
        var shelf = await ShelfPhotoAsync();
        var upload = await _app.CreateClientWithToken(link).UploadAsync("bottrop", "weltladen-bottrop", shelf, "regal.png", "photo", contentType: "image/png");
        upload.EnsureSuccessStatusCode();

        var pages = new (string Name, string Path, bool SignedIn, int Width)[]
        {
            ("home", "/", false, Phone),
            ("town", "/towns/bottrop?lang=en", false, Desktop),
            ("town-phone", "/towns/bottrop", false, Phone),
            ("guide-phone", "/towns/bottrop/guide", false, Phone),
            ("login", "/login", false, Phone),
            ("towns", "/manage", true, Desktop),
            ("participants", "/manage/bottrop", true, Desktop),
            ("participant", "/manage/bottrop/participants/cafe-mokka", true, Desktop),
            ("participant-phone", "/manage/bottrop/participants/cafe-mokka", true, Phone),
            ("criteria-phone", "/manage/bottrop/criteria", true, Phone),
            ("audit-phone", "/manage/bottrop/audit", true, Phone),
            ("review", "/manage/bottrop/review", true, Desktop),
            ("review-phone", "/manage/bottrop/review", true, Phone),
            ("criteria", "/manage/bottrop/criteria", true, Desktop),
            ("audit", "/manage/bottrop/audit", true, Desktop),
            ("notifications", "/manage/bottrop/notifications", true, Desktop),
            ("renewals-phone", "/manage/bottrop/renewals", true, Phone),
            ("campaign", "/campaign", true, Desktop),
            ("campaign-phone", "/campaign", true, Phone),
            ("accounts", "/admin/accounts", true, Desktop),
            ("account", "/account", true, Phone),
        };

        var problems = new List<string>();
        foreach (var (name, path, signedIn, width) in pages)
        {
            var page = await OpenAsync(signedIn, width);
            problems.AddRange(await CheckAsync(page, name, path, width));
        }

        var shop = await browser.NewPageAsync(_site, Phone, "de-DE");
        await shop.GotoAsync(new Uri(_site, $"/upload#{link}").ToString());
        await shop.WaitForURLAsync("**/upload/bottrop/weltladen-bottrop");
        problems.AddRange(await CheckAsync(shop, "upload-phone", null, Phone));

        problems.ShouldBeEmpty();
    }

    private Task<IPage> OpenAsync(bool signedIn, int width) => signedIn
        ? browser.SignedInAsync(_site, "admin", FairtradeApp.AdminPassword, width)
        : browser.NewPageAsync(_site, width, locale: "en-GB");

    private static async Task<List<string>> CheckAsync(IPage page, string name, string? path, int width)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{name}: console error {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{name}: script error {error}");

        if (path is not null)
        {
            var response = await page.GotoAsync(path);
            if (response!.Status != 200)
            {
                problems.Add($"{name}: status {response.Status}");
            }
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"))
        {
            problems.Add($"{name}: wider than {width} px");
        }

        if (Environment.GetEnvironmentVariable("FAIRTRADE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = width == Phone });
        }

        return problems;
    }

    /// <summary>A real picture of a shop shelf for the review queue, drawn by the browser itself.</summary>
    private async Task<byte[]> ShelfPhotoAsync()
    {
        var page = await browser.NewPageAsync(_site, 480);
        await page.SetViewportSizeAsync(480, 320);
        await page.SetContentAsync("""
            <body style="margin:0;background:#c9a26b;font:bold 20px sans-serif">
            <div style="display:grid;grid-template-columns:repeat(4,100px);gap:12px;padding:16px">
            <div style="height:120px;background:#3b2a1a;color:#fff;padding:8px">Kaffee<br>Fairtrade</div>
            <div style="height:120px;background:#1f6e3a;color:#fff;padding:8px">Tee<br>Fairtrade</div>
            <div style="height:120px;background:#7a3b12;color:#fff;padding:8px">Kakao<br>Fairtrade</div>
            <div style="height:120px;background:#e3c44a;padding:8px">Bananen<br>Fairtrade</div>
            </div><div style="height:14px;background:#6d4c2e;margin:0 16px"></div></body>
            """);
        return await page.ScreenshotAsync(new() { Type = ScreenshotType.Png });
    }

    private static async Task WaitForDemoAsync(HttpClient admin)
    {
        for (var i = 0; i < 300; i++)
        {
            // The faith community is the last participant the demo loads.
            if ((await admin.GetAsync("/api/towns/bottrop/participants/ev-kirchengemeinde-bottrop")).IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The demo town did not load.");
    }
}
