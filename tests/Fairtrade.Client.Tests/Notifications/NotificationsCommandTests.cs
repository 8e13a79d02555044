using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Notifications;

[Collection(ServerCollection.Name)]
public sealed class NotificationsCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();

    [Fact]
    public async Task NotificationsListTheRemindersTheServerMade()
    {
        // A service of its own: reminders are made by the hourly sweep, so this test moves the clock.
        await using var own = new SiloServer();
        await own.InitializeAsync();
        var slug = await own.TownAsync(titleAwardedOn: "2024-12-20");
        await own.PostAsync($"api/towns/{slug}/participants", new
        {
            id = "weltladen", kind = "retail", name = "Weltladen", products = new[] { "Kaffee", "Tee" }, contact = new { email = "laden@example.org" },
        });
        await own.PostAsync($"api/towns/{slug}/evidence", new { subject = "weltladen", kind = "declaration", effectiveDate = "2024-12-21" });
        own.Clock.Advance(TimeSpan.FromHours(1));
        await WaitForAsync(async () => (await own.GetAsync($"api/towns/{slug}/notifications")).AsArray().Count == 3);
        await _cli.LoginAsync(own);

        var table = await _cli.RunAsync("notifications", slug);
        var json = await _cli.RunAsync("notifications", slug, "--json");

        table.ExitCode.ShouldBe(ExitCodes.Success, table.ToString());
        table.Out.ShouldContain("renewal-due");
        table.Out.ShouldContain("2026-12-20");
        table.Out.ShouldContain("evidence-expiring");
        table.Out.ShouldContain("laden@example.org");
        table.Out.ShouldContain("no address");
        var reminders = JsonNode.Parse(json.Out)!.AsArray();
        reminders.Select(n => $"{n!["kind"]} {n["subject"]} {n["recipient"]} {n["dueOn"]}").Order().ShouldBe(
        [
            "evidence-expiring weltladen coordinator 2026-12-21",
            "evidence-expiring weltladen laden@example.org 2026-12-21",
            $"renewal-due {slug} coordinator 2026-12-20",
        ]);
    }

    [Fact]
    public async Task EachReminderSaysWhetherItWasMailed()
    {
        using var fake = FakeOutbox();
        _cli.Environment["FAIRTRADE_SERVER"] = fake.Url;

        var table = await _cli.RunAsync("notifications", "bottrop");

        table.ExitCode.ShouldBe(ExitCodes.Success, table.ToString());
        var lines = table.Out.Split('\n');
        lines.Single(l => l.Contains("laden@example.org", StringComparison.Ordinal)).ShouldContain("2026-11-21T09:00:05+00:00");
        lines.Single(l => l.Contains("cafe@exa mple.org", StringComparison.Ordinal)).ShouldContain("refused by the mail server");
        lines.Single(l => l.Contains("koordination@example.org", StringComparison.Ordinal)).ShouldContain("not yet");
        table.Out.ShouldNotContain("\u001b[");
    }

    [Fact]
    public async Task ATerminalGetsColoursUnlessNoColorIsSet()
    {
        using var fake = FakeOutbox();
        _cli.Environment["FAIRTRADE_SERVER"] = fake.Url;
        _cli.Terminal = true;

        var coloured = await _cli.RunAsync("notifications", "bottrop");
        _cli.Environment["NO_COLOR"] = "1";
        var plain = await _cli.RunAsync("notifications", "bottrop");

        coloured.Out.ShouldContain("\u001b[");
        plain.Out.ShouldNotContain("\u001b[");
        plain.Out.ShouldContain("not yet");
    }

    [Fact]
    public async Task ATownWithoutRemindersHasAnEmptyList()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var json = await _cli.RunAsync("notifications", slug, "--json");

        json.ExitCode.ShouldBe(ExitCodes.Success, json.ToString());
        JsonNode.Parse(json.Out)!.AsArray().ShouldBeEmpty();
    }

    public void Dispose() => _cli.Dispose();

    /// <summary>A server whose outbox holds a reminder mailed, one the mail server refused, and one not sent yet.</summary>
    private static RecordingServer FakeOutbox() => new(response => RecordingServer.JsonAsync(response, """
            [
              {"id":"a","kind":"evidence-expiring","recipient":"laden@example.org","subject":"weltladen","evidenceId":"ev-1","dueOn":"2026-12-21","createdAt":"2026-11-21T09:00:00+00:00","sentAt":"2026-11-21T09:00:05+00:00"},
              {"id":"b","kind":"evidence-expiring","recipient":"cafe@exa mple.org","subject":"cafe","evidenceId":"ev-2","dueOn":"2026-12-22","createdAt":"2026-11-22T09:00:00+00:00","sentAt":null,"failedAt":"2026-11-22T09:00:05+00:00"},
              {"id":"c","kind":"renewal-due","recipient":"koordination@example.org","subject":"bottrop","evidenceId":null,"dueOn":"2026-12-20","createdAt":"2026-11-20T09:00:00+00:00","sentAt":null}
            ]
            """));

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
