using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Cluster;

/// <summary>
/// Three silos as separate processes on one PostgreSQL database and one Redis: every silo serves every request, and a
/// client may send each to any of them.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTests(ClusterFixture fixture, Browser browser) : IClassFixture<Browser>
{
    private readonly LocalCluster _cluster = fixture.Cluster;

    [Fact]
    public async Task ATownMadeThroughOneSiloReadsTheSameThroughEveryOther()
    {
        var slug = Api.NewSlug();
        using var first = _cluster.CreateAdminClient(0);
        await first.CreateTownAsync(slug, titleAwardedOn: "2025-03-01");
        await first.PostOkAsync($"/api/towns/{slug}/participants", new { id = "weltladen", kind = "retail", name = "Weltladen", products = new[] { "Kaffee", "Tee" } });
        (await first.PatchAsJsonAsync($"/api/towns/{slug}", new { population = 50_000 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var answers = new List<string>();
        for (var silo = 0; silo < 3; silo++)
        {
            using var client = _cluster.CreateAdminClient(silo);
            answers.Add(await client.GetStringAsync($"/api/towns/{slug}/status?asOf=2026-11-25") + await client.GetStringAsync($"/api/towns/{slug}/participants/weltladen?asOf=2026-11-25"));
        }

        answers.Distinct().ShouldHaveSingleItem();
        answers[0].ShouldContain("\"weltladen\"");
    }

    [Fact]
    public async Task AFileSentThroughOneSiloIsTheSameThroughAnotherAndInTheBundleOfAThird()
    {
        var slug = Api.NewSlug();
        using var first = _cluster.CreateAdminClient(0);
        using var second = _cluster.CreateAdminClient(1);
        using var third = _cluster.CreateAdminClient(2);
        await first.CreateTownAsync(slug);
        await first.PostOkAsync($"/api/towns/{slug}/participants", new { id = "cafe", kind = "catering", name = "Café Mokka", products = new[] { "Kaffee", "Tee" } });
        var photo = Samples.Jpeg(3 * 1024 * 1024 + 123);

        var sent = await second.UploadAsync(slug, "cafe", photo, effectiveDate: "2026-11-20");
        sent.StatusCode.ShouldBe(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        var id = (string)(await sent.JsonAsync())["id"]!;

        (await third.GetByteArrayAsync($"/api/towns/{slug}/evidence/{id}/file")).ShouldBe(photo);
        using var bundle = new ZipArchive(new MemoryStream(await first.GetByteArrayAsync($"/api/towns/{slug}/exports/evidence.zip?asOf=2026-11-25")));
        var entry = bundle.Entries.Where(e => e.FullName.EndsWith("shelf.jpg", StringComparison.Ordinal)).ShouldHaveSingleItem();
        await using var stored = await entry.OpenAsync();
        var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        copy.ToArray().ShouldBe(photo);
    }

    [Fact]
    public async Task ABrowserSignedInOnOneSiloIsSignedInOnEveryOther()
    {
        using var admin = _cluster.CreateAdminClient(0);
        var (town, user) = await admin.TownWithAccountAsync();

        var page = await browser.SignedInAsync(_cluster[0].Address, user, "a-good-long-password");
        await page.GotoAsync(new Uri(_cluster[1].Address, $"/manage/{town}").ToString());

        page.Url.ShouldEndWith($"/manage/{town}", Case.Sensitive, "silo 2 reads the cookie silo 1 wrote instead of asking for a sign-in");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Town {town}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AFormTokenFromOneSiloIsTakenByAnother()
    {
        using var admin = _cluster.CreateAdminClient(0);
        var (town, user) = await admin.TownWithAccountAsync();
        var cookies = new CookieContainer();
        using var onFirst = Sessions.NewBrowserClient(_cluster[0].Address, cookies);
        (await onFirst.PostLoginAsync(user, "a-good-long-password")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await onFirst.UseAntiforgeryAsync();
        using var onThird = Sessions.NewBrowserClient(_cluster[2].Address, cookies);
        onThird.DefaultRequestHeaders.Add("X-CSRF-TOKEN", onFirst.DefaultRequestHeaders.GetValues("X-CSRF-TOKEN"));

        var created = await onThird.PostAsJsonAsync($"/api/towns/{town}/participants", new { id = "weltladen", kind = "retail", name = "Weltladen" });

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await onThird.WhoAsync()).ShouldBe(user);
    }

    [Fact]
    public async Task ThePublicPageOnOneSiloFollowsAChangeMadeThroughAnother()
    {
        var slug = Api.NewSlug();
        using var first = _cluster.CreateAdminClient(0);
        await first.CreateTownAsync(slug);
        using var reader = new HttpClient { BaseAddress = _cluster[1].Address, Timeout = Timeout.InfiniteTimeSpan };
        using var live = await reader.GetAsync($"/towns/{slug}/live", HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await live.Content.ReadAsStreamAsync());
        await ReadUntilAsync(events, "event: ready");

        (await first.PatchAsJsonAsync($"/api/towns/{slug}", new { population = 60_000 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ReadUntilAsync(events, "event: changed");
    }

    [Fact]
    public async Task NoSiloWritesToItsOwnDisk()
    {
        var slug = Api.NewSlug();
        using var first = _cluster.CreateAdminClient(0);
        using var second = _cluster.CreateAdminClient(1);
        await first.CreateTownAsync(slug);
        await first.PostOkAsync($"/api/towns/{slug}/participants", new { id = "cafe", kind = "catering", name = "Café", products = new[] { "Kaffee", "Tee" } });
        (await second.UploadAsync(slug, "cafe", Samples.Png(200_000))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await first.GetAsync($"/api/towns/{slug}/exports/renewal.xlsx")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, user) = await first.TownWithAccountAsync();
        using var browserClient = Sessions.NewBrowserClient(_cluster[2].Address, new CookieContainer());
        (await browserClient.PostLoginAsync(user, "a-good-long-password")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        foreach (var launch in _cluster.Launches)
        {
            Directory.GetFileSystemEntries(launch.DataDir).ShouldBeEmpty($"{launch.DataDir} is the working folder and DataDir of a silo on PostgreSQL");
        }
    }

    private static async Task ReadUntilAsync(StreamReader events, string line)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (await events.ReadLineAsync(patience.Token) is { } read)
        {
            if (read == line)
            {
                return;
            }
        }

        throw new EndOfStreamException($"The stream ended before '{line}'.");
    }
}
