using System.Globalization;
using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Evidence;

[Collection(ServerCollection.Name)]
public sealed class EvidenceDeclareCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();

    [Fact]
    public async Task DeclareRecordsApprovedEvidenceWithoutAFileAndShowsIt()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);

        var declare = await _cli.RunAsync("evidence", "declare", slug, shop, "--kind", "declaration", "--effective-date", "2026-11-20", "--note", "Coffee and tea on the menu.");

        declare.ExitCode.ShouldBe(ExitCodes.Success, declare.ToString());
        declare.Out.ShouldContain("Coffee and tea on the menu.");
        declare.Out.ShouldContain("2028-11-20");
        declare.Out.ShouldContain("approved");
        var stored = (await server.GetAsync($"api/towns/{slug}/evidence?subject={shop}")).AsArray().ShouldHaveSingleItem()!;
        ((string?)stored["kind"]).ShouldBe("declaration");
        ((string?)stored["effectiveDate"]).ShouldBe("2026-11-20");
        ((string?)stored["note"]).ShouldBe("Coffee and tea on the menu.");
        stored["file"].ShouldBeNull();
        declare.Out.ShouldContain((string)stored["id"]!);
    }

    [Fact]
    public async Task DeclareAsJsonPrintsTheServersEvidence()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var declare = await _cli.RunAsync("evidence", "declare", slug, "council", "--kind", "resolution", "--effective-date", "2026-02-01", "--json");

        declare.ExitCode.ShouldBe(ExitCodes.Success, declare.ToString());
        var evidence = JsonNode.Parse(declare.Out)!;
        ((string?)evidence["subject"]).ShouldBe("council");
        ((string?)evidence["kind"]).ShouldBe("resolution");
        ((string?)evidence["status"]).ShouldBe("approved");
        (await server.GetAsync($"api/towns/{slug}/evidence/{(string)evidence["id"]!}"))["kind"]!.ToString().ShouldBe("resolution");
    }

    [Fact]
    public async Task DeclareWithoutADateSendsTodayAndNoNoteAsJson()
    {
        using var recorder = new RecordingServer();
        _cli.Environment["FAIRTRADE_SERVER"] = recorder.Url;

        var before = DateOnly.FromDateTime(DateTime.Now);
        var declare = await _cli.RunAsync("evidence", "declare", "bottrop", "steering-group", "--kind", "member-list");
        var after = DateOnly.FromDateTime(DateTime.Now);

        declare.ExitCode.ShouldBe(ExitCodes.Success, declare.ToString());
        var body = JsonNode.Parse(recorder.Bodies.ShouldHaveSingleItem())!.AsObject();
        body.Select(p => p.Key).Order().ShouldBe(["effectiveDate", "kind", "subject"]);
        ((string?)body["subject"]).ShouldBe("steering-group");
        ((string?)body["kind"]).ShouldBe("member-list");
        new[] { before, after }.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ShouldContain((string?)body["effectiveDate"]);
    }

    [Fact]
    public async Task DeclareWithoutAKindIsAUsageErrorAndNothingIsSent()
    {
        using var recorder = new RecordingServer();
        _cli.Environment["FAIRTRADE_SERVER"] = recorder.Url;

        var declare = await _cli.RunAsync("evidence", "declare", "bottrop", "cafe-mokka");

        declare.ExitCode.ShouldBe(ExitCodes.Usage);
        declare.Error.ShouldContain("--kind");
        declare.Error.ShouldContain("fairtrade evidence declare --help");
        recorder.Bodies.ShouldBeEmpty();
    }

    [Fact]
    public async Task DeclareWithAnUnknownKindIsAUsageError()
    {
        var declare = await _cli.RunAsync("evidence", "declare", "bottrop", "cafe-mokka", "--kind", "rumour");

        declare.ExitCode.ShouldBe(ExitCodes.Usage);
        declare.Error.ShouldContain("rumour");
    }

    [Fact]
    public async Task DeclareForADayMoreThanOneDayAheadIsRefusedNamingTheField()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);

        var declare = await _cli.RunAsync("evidence", "declare", slug, shop, "--kind", "declaration", "--effective-date", "2026-11-30");

        declare.ExitCode.ShouldBe(ExitCodes.Refused, declare.ToString());
        declare.Error.ShouldContain("The server refused (400)");
        declare.Error.ShouldContain("effectiveDate: Evidence cannot speak for a day more than one day ahead");
        (await server.GetAsync($"api/towns/{slug}/evidence")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task DeclareForAnUnknownParticipantIsRefused()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var declare = await _cli.RunAsync("evidence", "declare", slug, "no-such-shop", "--kind", "declaration", "--effective-date", "2026-11-20");

        declare.ExitCode.ShouldBe(ExitCodes.Refused, declare.ToString());
        declare.Error.ShouldContain("subject: 'no-such-shop' is neither a participant");
    }

    public void Dispose() => _cli.Dispose();
}
