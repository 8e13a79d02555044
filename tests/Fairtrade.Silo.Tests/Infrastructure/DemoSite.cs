using System.Net;
using PageCookie = Microsoft.Playwright.Cookie;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>
/// One app with the demo town loaded, shared by the tests of a class: an upload link of the Weltladen, and a shelf
/// photo it sent, waiting for review, and a barrier someone reported, so that every page has something to show.
/// </summary>
public sealed class DemoSite : IAsyncLifetime
{
    public const string Town = "bottrop";
    public const string Shop = "weltladen-bottrop";

    public FairtradeApp App { get; } = new(demo: true);

    public HttpClient Admin { get; private set; } = null!;

    public Uri Address => Admin.BaseAddress!;

    /// <summary>The Weltladen's upload-link token.</summary>
    public string Link { get; private set; } = "";

    /// <summary>The admin's session, signed in once through the form, for browser contexts to start with.</summary>
    public PageCookie[] AdminSession { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Admin = App.CreateClientAs("admin");
        await DemoLoadedAsync();
        Link = await Admin.CreateLinkAsync(Town, Shop);
        var upload = await App.CreateClientWithToken(Link).UploadAsync(Town, Shop, Samples.Jpeg(4_000));
        upload.EnsureSuccessStatusCode();
        var cookies = new CookieContainer();
        using var browser = Sessions.NewBrowserClient(Address, cookies);
        (await browser.PostLoginAsync("admin", FairtradeApp.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        AdminSession = [.. cookies.GetAllCookies().Select(c => new PageCookie { Name = c.Name, Value = c.Value, Url = Address.ToString() })];
        await Admin.PostCreatedAsync("/api/accessibility/barriers", new
        {
            page = $"/towns/{Town}", what = "Der Verlauf ist nur eine Grafik.\nMein Screenreader liest nichts vor.", email = "leser@example.org", language = "de",
        });
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    private async Task DemoLoadedAsync()
    {
        // The faith community is the last participant the demo adds.
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await Admin.GetAsync($"/api/towns/{Town}/participants/ev-kirchengemeinde-bottrop");
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The demo town did not load.");
    }
}
