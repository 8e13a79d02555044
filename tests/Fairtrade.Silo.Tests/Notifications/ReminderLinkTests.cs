using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Notifications;

/// <summary>
/// A participant's reminder carries a way to act on it: a new upload link to its own page, made once per reminder,
/// listed and audited like any link, and never readable from the outbox. The shop's declaration runs out on 2026-12-27.
/// </summary>
public sealed partial class ReminderLinkTests : IAsyncDisposable
{
    private const string ShopMail = "laden@example.org";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly LoopbackSmtpServer _smtp = new();
    private readonly string _slug = Api.NewSlug();
    private readonly FairtradeApp _app;
    private readonly HttpClient _admin;

    public ReminderLinkTests()
    {
        _app = new FairtradeApp(settings: _smtp.AppSettings());
        _admin = _app.CreateClientAs("admin");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task TheShopsReminderLinksToItsOwnPageAndTheLinkOpensItAlone()
    {
        await BuildTownAsync();

        MoveTo(2026, 11, 27);

        var mail = await _smtp.WaitForMessageAsync(m => m.To.Contains(ShopMail), Patience);
        var url = PageLink().Match(mail.Body).Value;
        url.ShouldStartWith(new Uri(_admin.BaseAddress!, "/upload#").ToString(), customMessage: mail.Body);
        mail.Body.ShouldNotContain("ask the", customMessage: "the mail itself is the way to act");
        var token = Uri.UnescapeDataString(url[(url.IndexOf('#') + 1)..]);
        var browser = _app.NewBrowserClient();
        using var open = new HttpRequestMessage(HttpMethod.Post, "/upload/session");
        open.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var opened = await browser.SendAsync(open);
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        var next = (string)(await opened.Content.ReadFromJsonAsync<JsonNode>())!["next"]!;
        next.ShouldBe($"/upload/{_slug}/shop");
        (await browser.GetStringAsync(next)).ShouldContain("<h1>Weltladen Müller</h1>");
        (await _app.CreateClientWithToken(token).GetAsync($"/api/towns/{_slug}/participants/other")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var link = (await _admin.GetJsonAsync($"/api/towns/{_slug}/participants/shop/upload-links")).AsArray().ShouldHaveSingleItem()!;
        ((string?)link["createdBy"]).ShouldBe("reminders");
        ((DateTimeOffset)link["expiresAt"]!).ShouldBe(new DateTimeOffset(2027, 2, 21, 23, 0, 0, TimeSpan.Zero), "eight weeks after the evidence runs out, Berlin's midnight");
        var audit = await _admin.GetStringAsync($"/api/towns/{_slug}/audit");
        audit.ShouldContain("upload-link.created");
    }

    [Fact]
    public async Task TheOutboxShowsTheLinkWithoutItsTokenAndALaterSweepMakesNoSecondMailOrLink()
    {
        await BuildTownAsync();
        MoveTo(2026, 11, 27);
        var mail = await _smtp.WaitForMessageAsync(m => m.To.Contains(ShopMail), Patience);
        var token = PageLink().Match(mail.Body).Value.Split('#')[1];

        // A second shop running out the same day makes the next hour's sweep visible.
        await _admin.PostOkAsync($"/api/towns/{_slug}/participants", new
        {
            id = "cafe", kind = "catering", name = "Café Bohne", products = new[] { "Kaffee", "Tee" }, contact = new { email = "cafe@example.org" },
        });
        await _admin.PostOkAsync($"/api/towns/{_slug}/evidence", new { subject = "cafe", kind = "declaration", effectiveDate = "2024-12-27" });
        MoveTo(2026, 11, 27, hour: 10);
        await _smtp.WaitForMessageAsync(m => m.To.Contains("cafe@example.org"), Patience);

        _smtp.Messages.Count(m => m.To.Contains(ShopMail)).ShouldBe(1);
        (await _admin.GetJsonAsync($"/api/towns/{_slug}/participants/shop/upload-links")).AsArray().Count.ShouldBe(1);
        var outbox = await _admin.GetStringAsync($"/api/towns/{_slug}/notifications");
        outbox.ShouldNotContain(token);
        outbox.ShouldContain("/upload#…");
    }

    private async Task BuildTownAsync()
    {
        await _admin.CreateTownAsync(_slug, titleAwardedOn: "2025-01-03");
        await _admin.PostOkAsync($"/api/towns/{_slug}/participants", new
        {
            id = "shop", kind = "retail", name = "Weltladen Müller", products = new[] { "Kaffee", "Tee" },
            contact = new { person = "Frau Müller", email = ShopMail },
        });
        (await _admin.PatchAsJsonAsync($"/api/towns/{_slug}/participants/shop", new { language = "en" })).EnsureSuccessStatusCode();
        await _admin.PostOkAsync($"/api/towns/{_slug}/participants", new { id = "other", kind = "retail", name = "Bioladen" });
        await _admin.PostOkAsync($"/api/towns/{_slug}/evidence", new { subject = "shop", kind = "declaration", effectiveDate = "2024-12-27" });
        (await _admin.PutAsJsonAsync($"/api/towns/{_slug}/notification-settings", new { coordinatorEmail = "koordination@example.org", coordinatorDigest = false }))
            .EnsureSuccessStatusCode();
    }

    private void MoveTo(int year, int month, int day, int hour = 9) =>
        _app.Clock.SetUtcNow(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero));

    [GeneratedRegex(@"https?://\S+/upload#\S+")]
    private static partial Regex PageLink();
}
