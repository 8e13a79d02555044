using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Abstractions;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Silo.Tests.Notifications;

/// <summary>
/// Reminders go out 30, 7 and 1 days ahead as the clock moves, with nobody using the app, once each, also across a
/// restart. The shop's declaration runs out on 2026-12-27; the title's renewal falls due on 2027-01-03.
/// </summary>
public sealed class ReminderTests : IAsyncDisposable
{
    private const string Coordinator = "koordination@example.org";
    private const string ShopMail = "laden@example.org";
    private const string CafeMail = "cafe@example.org";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly LoopbackSmtpServer _smtp = new();
    private readonly string _slug = Api.NewSlug();
    private readonly string _dataDir = Directory.CreateTempSubdirectory("fairtrade-reminders-").FullName;
    private FairtradeApp _app;
    private HttpClient _admin;

    public ReminderTests()
    {
        _app = StartApp(FairtradeApp.Now);
        _admin = _app.CreateClientAs("admin");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
        Directory.Delete(_dataDir, recursive: true);
    }

    [Fact]
    public async Task AParticipantWhoChoseEnglishIsRemindedInEnglishInAGermanTown()
    {
        await BuildTownAsync();
        (await _admin.PatchAsJsonAsync($"/api/towns/{_slug}/participants/shop", new { language = "en" })).EnsureSuccessStatusCode();

        MoveTo(2026, 11, 27);

        var mail = await _smtp.WaitForMessageAsync(m => m.To.Contains(ShopMail), Patience);
        mail.Subject.ShouldBe("Your Fairtrade evidence for Weltladen Müller runs out on 2026-12-27");
        mail.Body.ShouldContain("Hello Frau Müller");
    }

    [Fact]
    public async Task AnItalianSpeakingCafeIsRemindedInItalianWhileTheGermanTownsShopGetsGerman()
    {
        await BuildTownAsync();
        await AddShopAsync("cafe", CafeMail, declared: "2024-12-27");
        (await _admin.PatchAsJsonAsync($"/api/towns/{_slug}/participants/cafe", new { language = "it" })).EnsureSuccessStatusCode();

        MoveTo(2026, 11, 27);

        var toCafe = await _smtp.WaitForMessageAsync(m => m.To.Contains(CafeMail), Patience);
        var toShop = await _smtp.WaitForMessageAsync(m => m.To.Contains(ShopMail), Patience);
        toCafe.Subject.ShouldBe("La Sua documentazione Fairtrade per Café cafe scade il 27.12.2026");
        toCafe.Body.ShouldStartWith(
            $"Buongiorno, la prova che Café cafe partecipa alla Fairtrade Town Town {_slug} non vale più dal 27.12.2026, tra 30 giorni. "
            + "La preghiamo di firmare una nuova dichiarazione o di inviare una foto sulla Sua pagina: http://127.0.0.1:");
        toCafe.Body.ShouldContain($"/upload#{_slug}.cafe.");
        toCafe.Body.ShouldEndWith(" Grazie per la partecipazione!");
        toShop.Subject.ShouldBe("Ihr Fairtrade-Nachweis für Weltladen Müller läuft am 27.12.2026 ab");
    }

    [Fact]
    public async Task RemindersArriveOnceAtThirtySevenAndOneDaysAndSurviveARestart()
    {
        await BuildTownAsync();
        (await NotificationsAsync()).ShouldBeEmpty("32 days ahead nothing is due yet");

        MoveTo(2026, 11, 27);
        await WaitForNotificationsAsync(2);
        var first = await NotificationsAsync();
        first.Select(Describe).Order().ShouldBe([$"evidence-expiring 30 {Coordinator}", $"evidence-expiring 30 {ShopMail}"]);
        var toShop = first.Single(n => (string?)n["recipient"] == ShopMail);
        ((string?)toShop["subject"]).ShouldBe("shop");
        ((string?)toShop["dueOn"]).ShouldBe("2026-12-27");
        ((string?)toShop["evidenceId"]).ShouldNotBeNull();
        var mail = await _smtp.WaitForMessageAsync(m => m.To.Contains(ShopMail), Patience);
        mail.Subject.ShouldBe("Ihr Fairtrade-Nachweis für Weltladen Müller läuft am 27.12.2026 ab");
        mail.Body.ShouldContain("Guten Tag Frau Müller");

        MoveTo(2026, 11, 27, hour: 20);
        MoveTo(2026, 12, 4);
        await WaitForNotificationsAsync(3);
        (await NotificationsAsync()).Count(n => (string?)n["kind"] == "renewal-due").ShouldBe(1);

        await AddShopAsync("cafe", CafeMail, declared: "2025-01-04");
        await RestartAsync(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
        MoveTo(2026, 12, 5);
        await WaitForNotificationsAsync(5);
        (await NotificationsAsync()).Select(Describe).Order().ShouldBe(
        [
            $"evidence-expiring 30 {CafeMail}", $"evidence-expiring 30 {Coordinator}", $"evidence-expiring 30 {Coordinator}",
            $"evidence-expiring 30 {ShopMail}", $"renewal-due 30 {Coordinator}",
        ], Case.Sensitive, "the sweeps after the restart found the café's reminders due and created the earlier ones not again");

        MoveTo(2026, 12, 20);
        await WaitForNotificationsAsync(7);
        MoveTo(2026, 12, 26);
        await WaitForNotificationsAsync(9);
        await WaitForAsync(async () => (await NotificationsAsync()).All(n => n["sentAt"] is not null));

        var shopReminders = (await NotificationsAsync()).Where(n => (string?)n["recipient"] == ShopMail).Select(Describe).Order();
        shopReminders.ShouldBe([$"evidence-expiring 1 {ShopMail}", $"evidence-expiring 30 {ShopMail}", $"evidence-expiring 7 {ShopMail}"]);
        _smtp.Messages.Count.ShouldBe(9, "each reminder is mailed once");
        _smtp.Messages.Select(m => m.MessageId).Distinct().Count().ShouldBe(9);
    }

    [Fact]
    public async Task FurtherEvidenceRunningOutOnTheSameDayBringsNoSecondReminder()
    {
        await BuildTownAsync();
        MoveTo(2026, 11, 27);
        await WaitForNotificationsAsync(2);

        await _admin.PostOkAsync($"/api/towns/{_slug}/evidence", new { subject = "shop", kind = "photo", effectiveDate = "2024-12-27" });
        await AddShopAsync("cafe", CafeMail, declared: "2024-12-28");
        MoveTo(2026, 11, 28);
        await WaitForNotificationsAsync(4);

        (await NotificationsAsync()).Select(Describe).Order().ShouldBe(
        [
            $"evidence-expiring 30 {CafeMail}", $"evidence-expiring 30 {Coordinator}", $"evidence-expiring 30 {Coordinator}", $"evidence-expiring 30 {ShopMail}",
        ]);
    }

    [Fact]
    public async Task AnAddressTheServerRefusesForGoodIsMarkedAndTheOthersStillGoOut()
    {
        await BuildTownAsync();
        await AddShopAsync("cafe", "cafe@exa mple.org", declared: "2024-12-27");

        MoveTo(2026, 11, 27);
        await WaitForNotificationsAsync(4);
        await WaitForAsync(async () => (await NotificationsAsync()).All(n => n["sentAt"] is not null || n["failedAt"] is not null));

        var refused = (await NotificationsAsync()).Single(n => n["failedAt"] is not null);
        ((string?)refused["recipient"]).ShouldBe("cafe@exa mple.org");
        ((string)refused["error"]!).ShouldContain("cafe@exa mple.org");
        _smtp.Messages.SelectMany(m => m.To).Order().ShouldBe([Coordinator, Coordinator, ShopMail]);
    }

    [Fact]
    public async Task AStoredNameWithALineBreakFailsOnlyItsOwnRemindersAndTheOthersStillGoOut()
    {
        await BuildTownAsync();
        // Stored before names were checked at the edge; its reminders, due a day before the shop's, come first.
        var poisoned = new ParticipantDetails(ParticipantKind.Catering, "Café\nBcc: everyone@example.org", null, null, ["Kaffee", "Tee"], new Contact(null, CafeMail, null), false);
        (await _app.Services.GetRequiredService<IGrainFactory>().Participant(_slug, "poisoned")
            .CreateAsync(poisoned, "de-town", "before-the-fix")).ShouldBeTrue();
        await _admin.PostOkAsync($"/api/towns/{_slug}/evidence", new { subject = "poisoned", kind = "declaration", effectiveDate = "2024-12-26" });

        MoveTo(2026, 11, 26);
        await WaitForNotificationsAsync(2);
        MoveTo(2026, 11, 27);
        await WaitForNotificationsAsync(4);
        await WaitForAsync(async () => (await NotificationsAsync()).All(n => n["sentAt"] is not null || n["failedAt"] is not null));

        var failed = (await NotificationsAsync()).Where(n => n["failedAt"] is not null).ToArray();
        failed.Select(n => (string?)n["subject"]).ShouldBe(["poisoned", "poisoned"]);
        failed.ShouldAllBe(n => ((string)n["error"]!).Contains("line break"));
        _smtp.Messages.SelectMany(m => m.To).Order().ShouldBe([Coordinator, ShopMail]);
    }

    [Fact]
    public async Task TheEvidenceStopsCountingOnItsValidUntilDayWithoutAnyoneTouchingIt()
    {
        await BuildTownAsync();

        MoveTo(2026, 12, 26, hour: 22);
        ((bool)(await _admin.GetJsonAsync($"/api/towns/{_slug}/participants/shop"))["qualifies"]!).ShouldBeTrue();

        MoveTo(2026, 12, 26, hour: 23);
        var shop = await _admin.GetJsonAsync($"/api/towns/{_slug}/participants/shop");
        ((bool)shop["qualifies"]!).ShouldBeFalse();
        ((string?)shop["evidence"]![0]!["status"]).ShouldBe("expired");
        ((int)(await _admin.GetJsonAsync($"/api/towns/{_slug}/status")).Criterion("retail-catering")["actual"]!["retail"]!).ShouldBe(0);
    }

    [Fact]
    public async Task AMailTheServerRefusesIsSentAtTheNextSweep()
    {
        await BuildTownAsync();
        _smtp.RefusesMailTemporarily = true;

        MoveTo(2026, 11, 27);
        await WaitForNotificationsAsync(2);
        (await NotificationsAsync()).ShouldAllBe(n => n["sentAt"] == null);

        _smtp.RefusesMailTemporarily = false;
        MoveTo(2026, 11, 27, hour: 10);
        await WaitForAsync(async () => (await NotificationsAsync()).All(n => n["sentAt"] is not null));

        _smtp.Messages.Count.ShouldBe(2);
    }

    [Fact]
    public async Task WithoutAnAddressTheCoordinatorsReminderIsListedButNotMailed()
    {
        await BuildTownAsync();
        (await _admin.PutAsJsonAsync($"/api/towns/{_slug}/notification-settings", new { coordinatorEmail = (string?)null })).EnsureSuccessStatusCode();

        MoveTo(2026, 11, 27);
        await WaitForNotificationsAsync(2);
        await _smtp.WaitForMessageAsync(m => m.To.Contains(ShopMail), Patience);

        var coordinator = (await NotificationsAsync()).Single(n => (string?)n["audience"] == "coordinator");
        ((string?)coordinator["recipient"]).ShouldBe("coordinator");
        ((string?)coordinator["sentAt"]).ShouldBeNull();
        ((string)coordinator["title"]!).ShouldContain("Weltladen Müller runs out on 2026-12-27");
    }

    private FairtradeApp StartApp(DateTimeOffset now) => new(dataDir: _dataDir, now: now, settings: _smtp.AppSettings());

    private async Task BuildTownAsync()
    {
        await _admin.CreateTownAsync(_slug, titleAwardedOn: "2025-01-03");
        await _admin.PostOkAsync($"/api/towns/{_slug}/participants", new
        {
            id = "shop", kind = "retail", name = "Weltladen Müller", products = new[] { "Kaffee", "Tee" },
            contact = new { person = "Frau Müller", email = ShopMail },
        });
        await _admin.PostOkAsync($"/api/towns/{_slug}/evidence", new { subject = "shop", kind = "declaration", effectiveDate = "2024-12-27" });
        // The coordinator reads English; the shop gets the town's German. The weekly digest has tests of its own.
        (await _admin.PutAsJsonAsync($"/api/towns/{_slug}/notification-settings", new { coordinatorEmail = Coordinator, coordinatorLanguage = "en", coordinatorDigest = false }))
            .EnsureSuccessStatusCode();
    }

    private async Task AddShopAsync(string id, string email, string declared)
    {
        await _admin.PostOkAsync($"/api/towns/{_slug}/participants", new
        {
            id, kind = "catering", name = $"Café {id}", products = new[] { "Kaffee", "Tee" }, contact = new { email },
        });
        await _admin.PostOkAsync($"/api/towns/{_slug}/evidence", new { subject = id, kind = "declaration", effectiveDate = declared });
    }

    /// <summary>Moves the clock to 09:00 UTC of the day (or the hour given); the hourly sweep follows by itself.</summary>
    private void MoveTo(int year, int month, int day, int hour = 9) =>
        _app.Clock.SetUtcNow(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero));

    private async Task RestartAsync(DateTimeOffset now)
    {
        await _app.DisposeAsync();
        _app = StartApp(now);
        _admin = _app.CreateClientAs("admin");
        await _admin.GetJsonAsync("/health");
    }

    private async Task<JsonNode[]> NotificationsAsync() =>
        [.. (await _admin.GetJsonAsync($"/api/towns/{_slug}/notifications")).AsArray().Select(n => n!)];

    private Task WaitForNotificationsAsync(int count) => WaitForAsync(async () => (await NotificationsAsync()).Length >= count);

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    private static string Describe(JsonNode n) => $"{(string?)n["kind"]} {(int)n["daysBefore"]!} {(string?)n["recipient"]}";
}
