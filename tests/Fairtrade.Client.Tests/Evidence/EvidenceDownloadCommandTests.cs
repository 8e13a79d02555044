using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Evidence;

[Collection(ServerCollection.Name)]
public sealed class EvidenceDownloadCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();
    private readonly Files _files = new();
    private readonly Files _downloads = new();

    [Fact]
    public async Task DownloadIntoAFolderNamesTheFileAsItWasUploaded()
    {
        var (slug, id, uploaded) = await UploadedAsync("shelf.jpg");

        var download = await _cli.RunAsync("evidence", "download", slug, id, "-o", _downloads.Folder);

        download.ExitCode.ShouldBe(ExitCodes.Success, download.ToString());
        var written = _downloads.PathOf("shelf.jpg");
        download.Out.ShouldContain($"Wrote {written} (3.9 KiB).");
        File.ReadAllBytes(written).ShouldBe(File.ReadAllBytes(uploaded));
        Directory.GetFiles(_downloads.Folder).ShouldBe([written]);
    }

    [Fact]
    public async Task DownloadToAFileAsJsonSaysWhereAndHowMuch()
    {
        var (slug, id, uploaded) = await UploadedAsync("menu.pdf");
        var target = _downloads.PathOf("speisekarte.pdf");

        var download = await _cli.RunAsync("evidence", "download", slug, id, "-o", target, "--json");

        download.ExitCode.ShouldBe(ExitCodes.Success, download.ToString());
        var answer = JsonNode.Parse(download.Out)!;
        ((string?)answer["file"]).ShouldBe(target);
        ((long?)answer["bytes"]).ShouldBe(4000);
        File.ReadAllBytes(target).ShouldBe(File.ReadAllBytes(uploaded));
    }

    [Fact]
    public async Task AFileThatIsThereAlreadyIsKeptWithoutForce()
    {
        var (slug, id, _) = await UploadedAsync("shelf.jpg");
        var existing = _downloads.Text("shelf.jpg", "mine");

        var download = await _cli.RunAsync("evidence", "download", slug, id, "-o", _downloads.Folder);

        download.ExitCode.ShouldBe(ExitCodes.Usage, download.ToString());
        download.Error.ShouldContain($"There is a file '{existing}' already; give --force to replace it.");
        File.ReadAllText(existing).ShouldBe("mine");
        Directory.GetFiles(_downloads.Folder).ShouldBe([existing]);
    }

    [Fact]
    public async Task AFileThatIsThereAlreadyIsReplacedWithForce()
    {
        var (slug, id, uploaded) = await UploadedAsync("shelf.jpg");
        var existing = _downloads.Text("old.jpg", "mine");

        var download = await _cli.RunAsync("evidence", "download", slug, id, "-o", existing, "--force");

        download.ExitCode.ShouldBe(ExitCodes.Success, download.ToString());
        File.ReadAllBytes(existing).ShouldBe(File.ReadAllBytes(uploaded));
        Directory.GetFiles(_downloads.Folder).ShouldBe([existing]);
    }

    [Fact]
    public async Task EvidenceWithoutAFileIsRefusedAndLeavesNoFile()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        var declared = await server.PostAsync($"api/towns/{slug}/evidence", new { subject = shop, kind = "declaration", effectiveDate = "2026-11-01" });
        await _cli.LoginAsync(server);

        var download = await _cli.RunAsync("evidence", "download", slug, (string)declared["id"]!, "-o", _downloads.Folder);

        download.ExitCode.ShouldBe(ExitCodes.Refused, download.ToString());
        download.Error.ShouldContain("The server refused (404)");
        download.Error.ShouldContain("file for evidence");
        Directory.GetFiles(_downloads.Folder).ShouldBeEmpty();
    }

    [Fact]
    public async Task UnknownEvidenceIsRefused()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var download = await _cli.RunAsync("evidence", "download", slug, "nothing", "-o", _downloads.Folder);

        download.ExitCode.ShouldBe(ExitCodes.Refused, download.ToString());
        download.Error.ShouldContain("There is no evidence 'nothing'");
        Directory.GetFiles(_downloads.Folder).ShouldBeEmpty();
    }

    [Fact]
    public async Task DownloadIntoAFolderThatDoesNotExistIsAUsageErrorBeforeTheServerIsAsked()
    {
        using var recorder = new RecordingServer();
        _cli.Environment["FAIRTRADE_SERVER"] = recorder.Url;

        var download = await _cli.RunAsync("evidence", "download", "bottrop", "ev-7", "-o", Path.Combine(_downloads.Folder, "nowhere") + Path.DirectorySeparatorChar);

        download.ExitCode.ShouldBe(ExitCodes.Usage, download.ToString());
        download.Error.ShouldContain("There is no folder");
        recorder.Bodies.ShouldBeEmpty();
    }

    public void Dispose()
    {
        _cli.Dispose();
        _files.Dispose();
        _downloads.Dispose();
    }

    private async Task<(string Town, string Id, string File)> UploadedAsync(string name)
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);
        var file = name.EndsWith(".pdf", StringComparison.Ordinal) ? _files.Pdf(name, 4000) : _files.Jpeg(name, 4000);
        var upload = await _cli.RunAsync("evidence", "upload", slug, shop, file, "--effective-date", "2026-11-20", "--json");
        upload.ExitCode.ShouldBe(ExitCodes.Success, upload.ToString());
        return (slug, (string)JsonNode.Parse(upload.Out)![0]!["id"]!, file);
    }
}
