using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Audit;

[Collection(ServerCollection.Name)]
public sealed class AuditCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();

    [Fact]
    public async Task AuditShowsEachChangeWithItsActorAndFields()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        (await server.Admin.PatchAsJsonAsync($"api/towns/{slug}", new { population = 120_000 })).EnsureSuccessStatusCode();
        await _cli.LoginAsync(server);

        var audit = await _cli.RunAsync("audit", slug);

        audit.ExitCode.ShouldBe(ExitCodes.Success, audit.ToString());
        audit.Out.ShouldContain("town.created");
        audit.Out.ShouldContain("participant.created");
        audit.Out.ShouldContain(shop);
        audit.Out.ShouldContain("token:admin");
        audit.Out.ShouldContain("population: 117311 → 120000");
        audit.Out.IndexOf("town.created", StringComparison.Ordinal).ShouldBeLessThan(audit.Out.IndexOf("town.updated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditAsJsonIsTheServersTrailOldestFirst()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        await server.PostAsync($"api/towns/{slug}/evidence", new { subject = shop, kind = "declaration", effectiveDate = "2026-11-01" });
        await _cli.LoginAsync(server);

        var audit = await _cli.RunAsync("audit", slug, "--json");

        audit.ExitCode.ShouldBe(ExitCodes.Success, audit.ToString());
        var entries = JsonNode.Parse(audit.Out)!.AsArray();
        entries.Select(e => (string?)e!["action"]).ShouldBe(["town.created", "participant.created", "evidence.submitted"]);
        ((string?)entries[2]!["subject"]).ShouldBe(shop);
    }

    [Fact]
    public async Task SinceLeavesOutWhatCameBefore()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var fromToday = await _cli.RunAsync("audit", slug, "--since", SiloServer.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--json");
        var fromTomorrow = await _cli.RunAsync("audit", slug, "--since", SiloServer.Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--json");

        JsonNode.Parse(fromToday.Out)!.AsArray().Select(e => (string?)e!["action"]).ShouldBe(["town.created"]);
        JsonNode.Parse(fromTomorrow.Out)!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task ASinceThatIsNotADateIsAUsageError()
    {
        var audit = await _cli.RunAsync("audit", "bottrop", "--since", "last-week");

        audit.ExitCode.ShouldBe(ExitCodes.Usage);
        audit.Error.ShouldContain("'last-week' is not a date");
    }

    public void Dispose() => _cli.Dispose();
}
