using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Notifications;

/// <summary>
/// The renewal's deadline is reminded at the ruleset's lead times to the coordinator and the steering-group members
/// who opted in, each in their language; the weekly digest goes to them once a week. Invited on 2026-11-25 (a
/// Wednesday), the town must answer by 2027-01-20.
/// </summary>
public sealed class RenewalRemindersAndDigestTests : IAsyncDisposable
{
    private const string Coordinator = "coordinator@example.org";
    private const string Member = "mitglied@example.org";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly LoopbackSmtpServer _smtp = new();
    private readonly string _slug = Api.NewSlug();
    private readonly FairtradeApp _app;
    private readonly HttpClient _admin;

    public RenewalRemindersAndDigestTests()
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
    public async Task TheDeadlineIsRemindedInEachRecipientsLanguageUntilTheRenewalIsSubmitted()
    {
        var renewal = await InvitedTownAsync();

        MoveTo(2026, 11, 27);

        var toCoordinator = await _smtp.WaitForMessageAsync(m => m.To.Contains(Coordinator) && m.Subject!.Contains("submitted by"), Patience);
        var toMember = await _smtp.WaitForMessageAsync(m => m.To.Contains(Member) && m.Subject!.Contains("einzureichen"), Patience);
        toCoordinator.Subject.ShouldBe($"Town {_slug}: the renewal must be submitted by 2027-01-20");
        toCoordinator.Body.ShouldContain("in 54 days");
        toMember.Subject.ShouldBe($"Town {_slug}: Die Erneuerung ist bis 20.01.2027 einzureichen");

        MoveTo(2026, 12, 21);
        await WaitForAsync(async () => (await DeadlineRemindersAsync()).Any(n => (int?)n["daysBefore"] == 30));
        await _admin.PostCreatedAsync($"/api/towns/{_slug}/renewals/{renewal}/submission", new { });
        MoveTo(2027, 1, 14);
        await WaitForAsync(async () => (await _admin.GetJsonAsync($"/api/towns/{_slug}/notifications")).AsArray().Any(n => (string?)n!["dueOn"] == "2027-01-03"));

        (await DeadlineRemindersAsync()).Select(n => $"{n["daysBefore"]} {n["audience"]}").Order().ToArray()
            .ShouldBe(new[] { "30 coordinator", "30 steering-group", "60 coordinator", "60 steering-group" }, "nothing after the submission");
    }

    [Fact]
    public async Task TheWeeklyDigestGoesOutOncePerWeekWithWhatChangedAndTheRenewal()
    {
        await InvitedTownAsync();

        MoveTo(2026, 11, 27);
        var digest = await _smtp.WaitForMessageAsync(m => m.To.Contains(Coordinator) && m.Subject!.Contains("weekly digest"), Patience);
        var german = await _smtp.WaitForMessageAsync(m => m.To.Contains(Member) && m.Subject!.Contains("Wochenüberblick"), Patience);
        MoveTo(2026, 11, 29);
        MoveTo(2026, 11, 30);
        await _smtp.WaitForMessageAsync(m => m.To.Contains(Coordinator) && m.Subject!.EndsWith("week of 2026-11-30", StringComparison.Ordinal), Patience);

        digest.Subject.ShouldBe($"Town {_slug}: Fairtrade Town weekly digest, week of 2026-11-23");
        digest.Body.ShouldContain("Changed in the last 7 days");
        digest.Body.ShouldContain("renewal.invited");
        digest.Body.ShouldContain("The renewal must be submitted by 2027-01-20.");
        digest.Body.ShouldContain("Forecast: not every criterion is met today.");
        german.Body.ShouldContain("Vorschau: Heute sind nicht alle Kriterien erfüllt.");
        german.Body.ShouldContain("Die Erneuerung ist bis 20.01.2027 einzureichen.");
        _smtp.Messages.Count(m => m.Subject!.Contains("weekly digest") && m.To.Contains(Coordinator)).ShouldBe(2, "one a week");
    }

    [Fact]
    public async Task AFrenchSpeakingSteeringGroupMemberGetsTheDigestInFrench()
    {
        await InvitedTownAsync(memberLanguage: "fr", facts: () =>
            _admin.PostOkAsync($"/api/towns/{_slug}/evidence", new { subject = "council", kind = "resolution", effectiveDate = "2024-12-27" }));

        MoveTo(2026, 11, 27);

        var digest = await _smtp.WaitForMessageAsync(m => m.To.Contains(Member) && m.Subject!.Contains("résumé hebdomadaire"), Patience);
        digest.Subject.ShouldBe($"Town {_slug}\u00a0: résumé hebdomadaire Fairtrade Town, semaine du 23.11.2026");
        digest.Body.ShouldContain("Modifié au cours des 7 derniers jours");
        digest.Body.ShouldContain("- la décision du conseil communal: compte jusqu’au 26.12.2026");
        digest.Body.ShouldContain("Le renouvellement est à déposer au plus tard le 20.01.2027.");
    }

    [Theory]
    [InlineData("""{"coordinatorEmail":"c@example.org","coordinatorLanguage":"es"}""", "coordinatorLanguage")]
    [InlineData("""{"coordinatorEmail":"c@example.org","steeringGroup":[{"email":"m@example.org","language":"rm"}]}""", "steeringGroup[0].language")]
    [InlineData("""{"coordinatorEmail":"c@example.org","steeringGroup":[{"email":"not-an-address","language":"de"}]}""", "steeringGroup[0].email")]
    [InlineData("""{"coordinatorEmail":"c@example.org","steeringGroup":[{"email":"m@example.org"}]}""", "steeringGroup[0].language")]
    public async Task BadMailSettingsAreRefusedNamingTheField(string body, string field)
    {
        await _admin.CreateTownAsync(_slug);

        var response = await _admin.PutAsync($"/api/towns/{_slug}/notification-settings", Api.RawJson(body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(f => f.Equals(field, StringComparison.OrdinalIgnoreCase));
        (await _admin.GetJsonAsync($"/api/towns/{_slug}/notification-settings"))["coordinatorEmail"].ShouldBeNull();
    }

    /// <param name="facts">
    /// What the digest must tell, recorded (like the renewal) before anyone is a recipient: a sweep may send the week's
    /// digest as soon as someone is.
    /// </param>
    private async Task<string> InvitedTownAsync(string memberLanguage = "de", Func<Task>? facts = null)
    {
        await _admin.CreateTownAsync(_slug, titleAwardedOn: "2025-01-03");
        if (facts is not null)
        {
            await facts();
        }

        var renewal = await _admin.PostCreatedAsync($"/api/towns/{_slug}/renewals", new { invitedOn = "2026-11-25" });
        (await _admin.PutAsJsonAsync($"/api/towns/{_slug}/notification-settings", new
        {
            coordinatorEmail = Coordinator, coordinatorLanguage = "en", steeringGroup = new[] { new { email = Member, language = memberLanguage } },
        })).EnsureSuccessStatusCode();
        return (string)renewal["id"]!;
    }

    private async Task<JsonNode[]> DeadlineRemindersAsync() =>
        [.. (await _admin.GetJsonAsync($"/api/towns/{_slug}/notifications")).AsArray().Select(n => n!).Where(n => (string?)n["kind"] == "renewal-deadline")];

    private void MoveTo(int year, int month, int day) => _app.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
