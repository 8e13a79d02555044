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

    public async ValueTask InitializeAsync()
    {
        Admin = App.CreateClientAs("admin");
        await DemoLoadedAsync();
        Link = await Admin.CreateLinkAsync(Town, Shop);
        var upload = await App.CreateClientWithToken(Link).UploadAsync(Town, Shop, Samples.Jpeg(4_000));
        upload.EnsureSuccessStatusCode();
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
