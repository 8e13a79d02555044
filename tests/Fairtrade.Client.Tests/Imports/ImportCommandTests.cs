using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Imports;

/// <summary><c>fairtrade import</c> against <c>POST /api/towns/{slug}/imports</c>.</summary>
[Collection(ServerCollection.Name)]
public sealed class ImportCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();
    private readonly Files _files = new();

    [Fact]
    public async Task ADryRunOfAJustExportedWorkbookWouldChangeNothing()
    {
        var workbook = await ExportedWorkbookAsync();

        var import = await _cli.RunAsync("import", workbook.Town, workbook.Path, "--dry-run");

        import.ExitCode.ShouldBe(ExitCodes.Success, import.ToString());
        import.Out.ShouldContain("Dry run");
        import.Out.ShouldContain("created 0, updated 0");
    }

    [Fact]
    public async Task ImportAsJsonPrintsTheServersReport()
    {
        var workbook = await ExportedWorkbookAsync();

        var import = await _cli.RunAsync("import", workbook.Town, workbook.Path, "--json");

        import.ExitCode.ShouldBe(ExitCodes.Success, import.ToString());
        var report = JsonNode.Parse(import.Out)!;
        ((int)report["created"]!).ShouldBe(0);
        ((int)report["updated"]!).ShouldBe(0);
        report["errors"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task AFileThatIsNotAWorkbookIsRefusedWithExitCodeOne()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var import = await _cli.RunAsync("import", slug, _files.Text("list.xlsx", "name;kind\nWeltladen;retail\n"));

        import.ExitCode.ShouldBe(ExitCodes.Refused, import.ToString());
        import.Error.ShouldContain("The server refused (415)");
        import.Error.ShouldContain("not an Excel workbook (.xlsx)");
        import.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task AWorkbookWithErrorsPrintsEachAtItsPlaceAndExitsOne()
    {
        using var refusing = new RecordingServer(response => RecordingServer.JsonAsync(response, """
            {"applied":false,"created":1,"updated":0,"unchanged":3,
             "errors":[{"sheet":"Liste","row":3,"column":"Art","message":"'Bäckerei' is not a kind"},
                       {"sheet":"Liste","row":5,"column":"E-Mail","message":"not an e-mail address"}]}
            """, 422));
        _cli.Environment["FAIRTRADE_SERVER"] = refusing.Url;
        _cli.Environment["FAIRTRADE_TOKEN"] = SiloServer.AdminToken;

        var import = await _cli.RunAsync("import", "bottrop", _files.Text("list.xlsx", "any bytes"));

        import.ExitCode.ShouldBe(ExitCodes.Refused, import.ToString());
        import.Out.ShouldBeEmpty();
        import.Error.ShouldContain("2 error(s); nothing was changed");
        import.Error.ShouldContain("'Bäckerei' is not a kind");
        import.Error.ShouldContain("not an e-mail address");
    }

    [Fact]
    public async Task ALongReportSaysThereAreMoreErrorsThanItLists()
    {
        var listed = string.Join(",", Enumerable.Range(1, 200).Select(row => $$"""{"sheet":"Liste","row":{{row + 1}},"column":"Art","message":"not a kind"}"""));
        using var refusing = new RecordingServer(response => RecordingServer.JsonAsync(response, $$"""
            {"applied":false,"created":0,"updated":0,"unchanged":0,
             "errors":[{{listed}},{"sheet":"","row":null,"column":null,"message":"… and 4,800 more errors, left out of this report"}]}
            """, 422));
        _cli.Environment["FAIRTRADE_SERVER"] = refusing.Url;
        _cli.Environment["FAIRTRADE_TOKEN"] = SiloServer.AdminToken;

        var import = await _cli.RunAsync("import", "bottrop", _files.Text("list.xlsx", "any bytes"));

        import.ExitCode.ShouldBe(ExitCodes.Refused, import.ToString());
        import.Error.ShouldContain("more than 200 errors; nothing was changed");
        import.Error.ShouldContain("4,800 more errors");
    }

    [Fact]
    public async Task ImportIntoAnUnknownTownIsRefused()
    {
        var workbook = await ExportedWorkbookAsync();

        var import = await _cli.RunAsync("import", "no-such-town", workbook.Path);

        import.ExitCode.ShouldBe(ExitCodes.Refused);
        import.Error.ShouldContain("There is no town 'no-such-town'");
    }

    private async Task<(string Town, string Path)> ExportedWorkbookAsync()
    {
        var slug = await server.TownAsync();
        await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);
        var path = _files.PathOf("renewal.xlsx");
        (await _cli.RunAsync("export", "renewal", slug, "-o", path)).ExitCode.ShouldBe(ExitCodes.Success);
        return (slug, path);
    }

    public void Dispose()
    {
        _cli.Dispose();
        _files.Dispose();
    }
}
