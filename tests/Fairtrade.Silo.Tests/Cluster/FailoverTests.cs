using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Cluster;

/// <summary>
/// A silo killed with SIGKILL while eight clients write and read across the cluster: its towns answer again from the
/// other silos, no answered write is lost, reminders go out once, and the silo rejoins when it is started again.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FailoverTests(PostgresFixture postgres, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(10);
    private const string Coordinator = "koordination@example.org";

    private readonly LoopbackSmtpServer _smtp = new();
    private LocalCluster _cluster = null!;

    public async ValueTask InitializeAsync() => _cluster = await LocalCluster.StartAsync(postgres, settings: new Dictionary<string, string>
    {
        ["Fairtrade__Smtp__Host"] = "127.0.0.1",
        ["Fairtrade__Smtp__Port"] = _smtp.Port.ToString(),
        ["Fairtrade__Smtp__From"] = "fairtrade@example.org",
        ["Fairtrade__ReminderRoundPeriod"] = "00:00:05",
        ["Fairtrade__ReminderCheckPeriod"] = "00:00:01",
    });

    public async ValueTask DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task KillingASiloUnderLoadLosesNoAnsweredWriteAndItRejoinsWhenStarted()
    {
        using var admin = _cluster.CreateAdminClient(0);
        var towns = Enumerable.Range(0, 6).Select(_ => Api.NewSlug()).ToArray();
        foreach (var town in towns)
        {
            await admin.CreateTownAsync(town);
        }

        var reminded = await TownWithAReminderDueTodayAsync(admin);
        var load = new FailoverLoad([.. _cluster.Addresses], FairtradeApp.AdminToken, towns);

        var running = load.RunAsync(clients: 8, Duration);
        await Task.Delay(KillAfter);
        await _cluster.KillAsync(1);
        await running;

        output.WriteLine($"{load.Requests} requests, {load.Failures.Count} failed:\n{string.Join('\n', load.Failures.Take(20))}");
        load.Failures.Count.ShouldBeLessThan(load.Requests / 100, string.Join('\n', load.Failures.Take(20)));
        foreach (var town in towns)
        {
            var stored = (await admin.GetJsonAsync($"/api/towns/{town}/participants")).AsArray().Select(p => (string)p!["id"]!).ToHashSet();
            load.Acknowledged.Where(a => a.Town == town).Select(a => a.Participant).ShouldBeSubsetOf(stored);
        }

        await _cluster.StartAsync(1);
        using var rejoined = _cluster.CreateAdminClient(1);
        (await rejoined.GetJsonAsync($"/api/towns/{towns[0]}/status"))["town"]!.ToString().ShouldBe(towns[0]);
        (await rejoined.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The week's digest is made once as well; its week follows the real clock, so it is counted, not named.
        var notifications = (await admin.GetJsonAsync($"/api/towns/{reminded}/notifications")).AsArray();
        notifications.Count(n => (string?)n!["kind"] == "weekly-digest").ShouldBe(1);
        notifications.Where(n => (string?)n!["kind"] != "weekly-digest").Select(n => $"{n!["kind"]} {n["recipient"]} {n["dueOn"]}").Order().ShouldBe(
            [$"evidence-expiring {Coordinator} {DueOn:yyyy-MM-dd}", $"evidence-expiring laden@example.org {DueOn:yyyy-MM-dd}"],
            Case.Sensitive, "three silos and a failover made each reminder once");
        var mailed = await _smtp.WaitForMessageAsync(m => m.To.Contains(Coordinator) && m.Subject!.Contains("Weltladen"), TimeSpan.FromSeconds(20));
        await _smtp.WaitForMessageAsync(m => m.To.Contains("laden@example.org"), TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(6));
        _smtp.Messages.Count.ShouldBe(3, "each reminder and the digest is mailed once, by one silo");
    }

    /// <summary>The day the shop's declaration runs out: 30 days from the campaign's today, so its first reminder is due today.</summary>
    private static DateOnly DueOn => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime).AddDays(30);

    private static async Task<string> TownWithAReminderDueTodayAsync(HttpClient admin)
    {
        var town = Api.NewSlug();
        await admin.CreateTownAsync(town);
        await admin.PostOkAsync($"/api/towns/{town}/participants", new
        {
            id = "weltladen", kind = "retail", name = "Weltladen", products = new[] { "Kaffee", "Tee" }, contact = new { email = "laden@example.org" },
        });
        await admin.PostOkAsync($"/api/towns/{town}/evidence", new { subject = "weltladen", kind = "declaration", effectiveDate = DueOn.AddMonths(-24).ToString("yyyy-MM-dd") });
        (await admin.PutAsJsonAsync($"/api/towns/{town}/notification-settings", new { coordinatorEmail = Coordinator })).EnsureSuccessStatusCode();
        return town;
    }
}
