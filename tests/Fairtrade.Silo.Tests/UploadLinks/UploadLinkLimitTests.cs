using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.UploadLinks;

/// <summary>A link printed on a shop counter cannot flood the town: uploads per hour and bytes per day, 429 beyond.</summary>
public sealed class UploadLinkLimitTests : IAsyncLifetime
{
    private const int Kib = 1024;

    private readonly FairtradeApp _app = new(settings: new()
    {
        ["Fairtrade:MaxUploadBytes"] = (256 * Kib).ToString(),
        ["Fairtrade:Limits:UploadsPerHour"] = "3",
        ["Fairtrade:Limits:UploadBytesPerDay"] = (600 * Kib).ToString(),
    });

    private HttpClient _admin = null!;
    private HttpClient _shop = null!;
    private string _town = "";

    public async ValueTask InitializeAsync()
    {
        _admin = _app.CreateClientAs("admin");
        _town = Api.NewSlug();
        await _admin.CreateTownAsync(_town);
        await _admin.PostOkAsync($"/api/towns/{_town}/participants", new { id = "shop", kind = "retail", name = "Weltladen", products = new[] { "Kaffee" } });
        _shop = _app.CreateClientWithToken(await _admin.CreateLinkAsync(_town, "shop"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task BeyondTheUploadsOfAnHourALinkIsToldWhenToComeBackAndNothingIsStored()
    {
        for (var i = 0; i < 3; i++)
        {
            (await _shop.UploadAsync(_town, "shop", Samples.Jpeg(Kib + i))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var files = _app.StoredFiles().Length;
        var refused = await _shop.UploadAsync(_town, "shop", Samples.Jpeg(2 * Kib));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(refused.Headers.GetValues("Retry-After").Single()).ShouldBeInRange(3599, 3600);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("3 files an hour");
        _app.StoredFiles().Length.ShouldBe(files);
        (await Evidence()).ShouldBe(3);

        _app.Clock.Advance(TimeSpan.FromHours(1));
        (await _shop.UploadAsync(_town, "shop", Samples.Jpeg(2 * Kib))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task UploadsSentAllAtOnceAreCountedAgainstEachOther()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => _shop.UploadAsync(_town, "shop", Samples.Jpeg(Kib + i))));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(3);
        answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests).ShouldBe(9);
        (await Evidence()).ShouldBe(3);
    }

    [Fact]
    public async Task RefusedUploadsDoNotCount()
    {
        for (var i = 0; i < 5; i++)
        {
            (await _shop.UploadAsync(_town, "shop", Samples.Html(Kib), "page.jpg")).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        }

        for (var i = 0; i < 3; i++)
        {
            (await _shop.UploadAsync(_town, "shop", Samples.Jpeg(Kib + i))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
    }

    [Fact]
    public async Task BeyondTheBytesOfADayALinkWaitsUntilTheOldestLeavesTheDay()
    {
        (await _shop.UploadAsync(_town, "shop", Samples.Jpeg(250 * Kib))).StatusCode.ShouldBe(HttpStatusCode.Created);
        _app.Clock.Advance(TimeSpan.FromHours(2));
        (await _shop.UploadAsync(_town, "shop", Samples.Jpeg(250 * Kib + 1))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var refused = await _shop.UploadAsync(_town, "shop", Samples.Jpeg(200 * Kib));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(refused.Headers.GetValues("Retry-After").Single()).ShouldBeInRange(22 * 3600 - 1, 22 * 3600);
        (await _shop.UploadAsync(_town, "shop", Samples.Jpeg(50 * Kib))).StatusCode.ShouldBe(HttpStatusCode.Created, "a smaller file still fits the day");
        _app.Clock.Advance(TimeSpan.FromHours(22));
        (await _shop.UploadAsync(_town, "shop", Samples.Jpeg(200 * Kib))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task ACoordinatorHasNoSuchLimit()
    {
        for (var i = 0; i < 5; i++)
        {
            (await _admin.UploadAsync(_town, "shop", Samples.Jpeg(Kib + i))).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
    }

    private async Task<int> Evidence() => (await _admin.GetJsonAsync($"/api/towns/{_town}/evidence?subject=shop")).AsArray().Count;
}
