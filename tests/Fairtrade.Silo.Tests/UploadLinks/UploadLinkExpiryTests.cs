using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.UploadLinks;

/// <summary>Each test moves the clock of an app of its own.</summary>
public sealed class UploadLinkExpiryTests
{
    [Fact]
    public async Task ALinkWorksThroughItsLastDayAndNotAfter()
    {
        await using var app = new FairtradeApp();
        var admin = app.CreateClientAs("admin");
        var slug = Api.NewSlug();
        await admin.CreateTownAsync(slug);
        await admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
        var shop = app.CreateClientWithToken(await admin.CreateLinkAsync(slug, "shop", expiresOn: "2026-11-26"));

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 22, 59, 0, TimeSpan.Zero));
        (await shop.GetAsync($"/api/towns/{slug}/participants/shop")).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 23, 0, 0, TimeSpan.Zero));
        (await shop.GetAsync($"/api/towns/{slug}/participants/shop")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var before = app.StoredFiles();
        (await shop.UploadAsync(slug, "shop", Samples.Jpeg(2_000))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        app.StoredFiles().ShouldBe(before);
    }

    [Fact]
    public async Task TheTokenNeverAppearsInTheLogs()
    {
        await using var app = new FairtradeApp(captureLogs: true);
        var admin = app.CreateClientAs("admin");
        var slug = Api.NewSlug();
        await admin.CreateTownAsync(slug);
        await admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
        var token = await admin.CreateLinkAsync(slug, "shop");
        var shop = app.CreateClientWithToken(token);
        await shop.GetAsync($"/api/towns/{slug}/participants/shop");
        await shop.UploadAsync(slug, "shop", Samples.Jpeg(2_000));
        await shop.GetAsync($"/api/towns/{slug}/participants/nobody");
        await app.CreateClientWithToken(token + "x").GetAsync($"/api/towns/{slug}/participants/shop");

        var secret = token.Split('.')[3];
        app.Logs.Lines.Count.ShouldBeGreaterThan(0);
        app.Logs.Lines.ShouldAllBe(line => !line.Contains(secret));
    }
}
