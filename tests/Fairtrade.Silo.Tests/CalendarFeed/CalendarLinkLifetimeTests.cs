using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;
using Fairtrade.TestServers;

namespace Fairtrade.Silo.Tests.CalendarFeed;

/// <summary>Each test runs an app of its own, to move its clock or to restart it on the same data.</summary>
public sealed class CalendarLinkLifetimeTests
{
    [Fact]
    public async Task ALinkWorksThroughItsLastDayAndNotAfter()
    {
        await using var app = new FairtradeApp();
        var admin = app.CreateClientAs("admin");
        var slug = Api.NewSlug();
        await admin.CreateTownAsync(slug);
        var (_, url) = await admin.CreateCalendarLinkAsync(slug, expiresOn: "2026-11-26");

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 22, 59, 0, TimeSpan.Zero));
        (await app.FeedStatusAsync(url)).ShouldBe(HttpStatusCode.OK);

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 23, 0, 0, TimeSpan.Zero));
        (await app.FeedStatusAsync(url)).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheLinkAndItsUidsOutlastARestart()
    {
        var dataDir = Directory.CreateTempSubdirectory("fairtrade-calendar-").FullName;
        try
        {
            var slug = Api.NewSlug();
            string path;
            string[] before;
            await using (var first = new FairtradeApp(dataDir: dataDir))
            {
                var admin = first.CreateClientAs("admin");
                await admin.BuildTownWithDatesAsync(slug);
                var (_, url) = await admin.CreateCalendarLinkAsync(slug);
                path = new Uri(url).PathAndQuery;
                before = [.. (await first.FetchEventsAsync(path)).Select(e => e.Uid!)];
            }

            await using var second = new FairtradeApp(dataDir: dataDir);
            var after = (await second.FetchEventsAsync(path)).Select(e => e.Uid);

            after.ShouldBe(before);
            before.Length.ShouldBe(5);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task AFeedThatFailsLogsItsRouteNotItsSecret()
    {
        var dataDir = Directory.CreateTempSubdirectory("fairtrade-calendar-").FullName;
        var rulesets = Directory.CreateTempSubdirectory("fairtrade-rulesets-").FullName;
        try
        {
            var deTown = await File.ReadAllTextAsync(Repository.PathOf("grains/Fairtrade.Rules/Rulesets/BuiltIn/de-town.json"));
            await File.WriteAllTextAsync(Path.Combine(rulesets, "gone-town.json"), deTown.Replace("\"de-town\"", "\"gone-town\"", StringComparison.Ordinal));
            var slug = Api.NewSlug();
            string path;
            await using (var first = new FairtradeApp(dataDir: dataDir, settings: new() { ["Fairtrade:RulesetsDir"] = rulesets }))
            {
                var admin = first.CreateClientAs("admin");
                await admin.CreateTownAsync(slug, ruleset: "gone-town");
                path = new Uri((await admin.CreateCalendarLinkAsync(slug)).Url).PathAndQuery;
            }

            // Started without the town's ruleset, the silo cannot compute the feed.
            await using var second = new FairtradeApp(dataDir: dataDir, captureLogs: true);
            (await second.FeedStatusAsync(path)).ShouldBe(HttpStatusCode.InternalServerError);

            // What the default levels keep: Microsoft.AspNetCore from Warning (its request lines name every path), the rest from Information.
            var kept = second.Logs.Lines.Where(l => !l.StartsWith("Trace", StringComparison.Ordinal) && !l.StartsWith("Debug", StringComparison.Ordinal)
                && !l.StartsWith("Information Microsoft.AspNetCore", StringComparison.Ordinal)).ToArray();
            kept.ShouldContain(l => l.Contains("Unhandled error for GET /calendar/{slug}/{linkId}/{secret}.ics", StringComparison.Ordinal));
            var secret = path[(path.LastIndexOf('/') + 1)..^".ics".Length];
            kept.ShouldAllBe(l => !l.Contains(secret));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
            Directory.Delete(rulesets, recursive: true);
        }
    }
}
