using System.Globalization;
using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Evidence;

[Collection(ServerCollection.Name)]
public sealed class EvidenceUploadCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();
    private readonly Files _files = new();

    [Fact]
    public async Task UploadMakesOneApprovedEntryPerFile()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);

        var upload = await _cli.RunAsync("evidence", "upload", slug, shop, _files.Jpeg("shelf.jpg", 5000), _files.Pdf("menu.pdf", 3000),
            "--kind", "photo", "--effective-date", "2026-11-20");

        upload.ExitCode.ShouldBe(ExitCodes.Success, upload.ToString());
        upload.Out.ShouldContain("Uploaded shelf.jpg");
        upload.Out.ShouldContain("Uploaded menu.pdf");
        var stored = (await server.GetAsync($"api/towns/{slug}/evidence?subject={shop}")).AsArray();
        stored.Select(e => (string?)e!["file"]!["name"]).OrderBy(n => n).ShouldBe(["menu.pdf", "shelf.jpg"]);
        stored.ShouldAllBe(e => (string?)e!["status"] == "approved" && (string?)e["effectiveDate"] == "2026-11-20");
    }

    [Fact]
    public async Task UploadAsJsonPrintsTheNewEvidence()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);

        var upload = await _cli.RunAsync("evidence", "upload", slug, shop, _files.Jpeg("shelf.jpg", 2000), "--effective-date", "2026-11-20", "--json");

        upload.ExitCode.ShouldBe(ExitCodes.Success, upload.ToString());
        var evidence = JsonNode.Parse(upload.Out)!.AsArray().ShouldHaveSingleItem()!;
        ((string?)evidence["subject"]).ShouldBe(shop);
        ((long?)evidence["file"]!["size"]).ShouldBe(2000);
    }

    [Fact]
    public async Task UploadWithoutADateSendsTodayAsAGregorianDateWhateverTheCurrentCulture()
    {
        using var recorder = new RecordingServer();
        _cli.Environment["FAIRTRADE_SERVER"] = recorder.Url;
        var file = _files.Jpeg("shelf.jpg", 1000);
        var culture = CultureInfo.CurrentCulture;

        CliResult upload;
        var before = DateOnly.FromDateTime(DateTime.Now);
        try
        {
            // The Thai culture's calendar is Buddhist: it writes this year as 543 years later.
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            upload = await _cli.RunAsync("evidence", "upload", "bottrop", "cafe-mokka", file);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        var after = DateOnly.FromDateTime(DateTime.Now);
        upload.ExitCode.ShouldBe(ExitCodes.Success, upload.ToString());
        var body = recorder.Bodies.ShouldHaveSingleItem();
        var sent = new[] { before, after }.Select(day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        sent.ShouldContain(day => body.Contains("\r\n\r\n" + day + "\r\n"), body);
    }

    [Fact]
    public async Task AFileOverTheServersLimitIsRefusedAndTheOthersStillGoThrough()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);

        var upload = await _cli.RunAsync("evidence", "upload", slug, shop,
            _files.Jpeg("huge.jpg", SiloServer.MaxUploadBytes + 1), _files.Jpeg("fine.jpg", 1000), "--effective-date", "2026-11-20");

        upload.ExitCode.ShouldBe(ExitCodes.Refused);
        upload.Error.ShouldContain("huge.jpg: The server refused (413)");
        upload.Error.ShouldContain(SiloServer.MaxUploadBytes.ToString());
        upload.Out.ShouldContain("Uploaded fine.jpg");
        (await server.GetAsync($"api/towns/{slug}/evidence")).AsArray().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task AFileThatIsNotAPictureOrPdfIsRefused()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);

        var upload = await _cli.RunAsync("evidence", "upload", slug, shop, _files.Text("notes.html", "<!DOCTYPE html><html><body>hello</body></html>"), "--effective-date", "2026-11-20");

        upload.ExitCode.ShouldBe(ExitCodes.Refused);
        upload.Error.ShouldContain("415");
    }

    [Fact]
    public async Task AFileThatDoesNotExistIsAUsageErrorAndNothingIsSent()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);

        var upload = await _cli.RunAsync("evidence", "upload", slug, shop, _files.Jpeg("real.jpg", 1000), _files.PathOf("missing.jpg"));

        upload.ExitCode.ShouldBe(ExitCodes.Usage);
        upload.Error.ShouldContain("missing.jpg");
        (await server.GetAsync($"api/towns/{slug}/evidence")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task UploadToAnUnknownTownIsRefused()
    {
        await _cli.LoginAsync(server);

        var upload = await _cli.RunAsync("evidence", "upload", "no-such-town", "shop", _files.Jpeg("shelf.jpg", 1000), "--effective-date", "2026-11-20");

        upload.ExitCode.ShouldBe(ExitCodes.Refused);
        upload.Error.ShouldContain("There is no town 'no-such-town'");
    }

    public void Dispose()
    {
        _cli.Dispose();
        _files.Dispose();
    }
}
