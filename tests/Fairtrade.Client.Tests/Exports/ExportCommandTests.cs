using System.IO.Compression;
using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Exports;

[Collection(ServerCollection.Name)]
public sealed class ExportCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();
    private readonly Files _files = new();

    [Theory]
    [InlineData("en", "Summary")]
    [InlineData("fr", "Résumé")]
    [InlineData("it", "Riepilogo")]
    public async Task RenewalWritesTheWorkbookInTheLanguageAskedFor(string language, string summarySheet)
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);
        var target = _files.PathOf($"renewal-{language}.xlsx");

        var export = await _cli.RunAsync("export", "renewal", slug, "-o", target, "--as-of", "2026-11-25", "--lang", language);

        export.ExitCode.ShouldBe(ExitCodes.Success, export.ToString());
        export.Out.ShouldContain("Wrote");
        using var workbook = ZipFile.OpenRead(target);
        using var sheets = new StreamReader(workbook.GetEntry("xl/workbook.xml")!.Open());
        (await sheets.ReadToEndAsync()).ShouldContain($"name=\"{summarySheet}\"");
    }

    [Fact]
    public async Task EvidenceBundleHoldsTheWorkbookAndTheFiles()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);
        (await _cli.RunAsync("evidence", "upload", slug, shop, _files.Jpeg("shelf.jpg", 4000), "--effective-date", "2026-11-20")).ExitCode.ShouldBe(ExitCodes.Success);
        var target = _files.PathOf("evidence.zip");

        var export = await _cli.RunAsync("export", "evidence", slug, "-o", target, "--json");

        export.ExitCode.ShouldBe(ExitCodes.Success, export.ToString());
        ((long)JsonNode.Parse(export.Out)!["bytes"]!).ShouldBe(new FileInfo(target).Length);
        using var bundle = ZipFile.OpenRead(target);
        bundle.Entries.ShouldContain(e => e.Name.EndsWith(".xlsx"));
        bundle.Entries.ShouldContain(e => e.Name.EndsWith(".jpg") && e.Length == 4000);
    }

    [Fact]
    public async Task ExportOfAnUnknownTownIsRefusedAndLeavesNoFile()
    {
        await _cli.LoginAsync(server);
        var target = _files.PathOf("renewal.xlsx");

        var export = await _cli.RunAsync("export", "renewal", "no-such-town", "-o", target);

        export.ExitCode.ShouldBe(ExitCodes.Refused);
        export.Error.ShouldContain("There is no town 'no-such-town'");
        Directory.GetFiles(_files.Folder).ShouldBeEmpty();
    }

    [Fact]
    public async Task ADownloadCutOffMidwayLeavesNoFile()
    {
        using var cutOff = new RecordingServer(RecordingServer.CutOffAsync);
        _cli.Environment["FAIRTRADE_SERVER"] = cutOff.Url;

        var export = await _cli.RunAsync("export", "evidence", "bottrop", "-o", _files.PathOf("evidence.zip"));

        export.ExitCode.ShouldBe(ExitCodes.Unreachable, export.ToString());
        export.Error.ShouldContain("The download broke off");
        Directory.GetFiles(_files.Folder).ShouldBeEmpty();
    }

    [Fact]
    public async Task ARefusalCutOffMidwayIsStillARefusalAndLeavesNoFile()
    {
        using var cutOff = new RecordingServer(RecordingServer.RefusalCutOffAsync);
        _cli.Environment["FAIRTRADE_SERVER"] = cutOff.Url;

        var export = await _cli.RunAsync("export", "renewal", "bottrop", "-o", _files.PathOf("renewal.xlsx"));

        export.ExitCode.ShouldBe(ExitCodes.Refused, export.ToString());
        export.Error.ShouldContain("The server refused (404)");
        export.Error.ShouldContain("broke off");
        export.Error.ShouldNotContain("   at ");
        Directory.GetFiles(_files.Folder).ShouldBeEmpty();
    }

    [Fact]
    public async Task ExportWithoutATokenIsRefused()
    {
        var slug = await server.TownAsync();
        _cli.Environment["FAIRTRADE_SERVER"] = server.Url;

        var export = await _cli.RunAsync("export", "renewal", slug, "-o", _files.PathOf("renewal.xlsx"));

        export.ExitCode.ShouldBe(ExitCodes.Refused);
        export.Error.ShouldContain("401");
    }

    [Fact]
    public async Task ExportIntoAFolderThatDoesNotExistIsAUsageErrorBeforeTheServerIsAsked()
    {
        using var recorder = new RecordingServer();
        _cli.Environment["FAIRTRADE_SERVER"] = recorder.Url;

        var export = await _cli.RunAsync("export", "renewal", "bottrop", "-o", Path.Combine(_files.Folder, "nowhere", "renewal.xlsx"));

        export.ExitCode.ShouldBe(ExitCodes.Usage, export.ToString());
        export.Error.ShouldContain("There is no folder");
        recorder.Bodies.ShouldBeEmpty();
    }

    public void Dispose()
    {
        _cli.Dispose();
        _files.Dispose();
    }
}
