using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Evidence;

/// <summary><c>evidence download</c> from servers that misbehave: names meant to escape the folder, answers cut off.</summary>
public sealed class EvidenceDownloadBadServerTests : IDisposable
{
    private readonly FairtradeTool _cli = new();
    private readonly Files _downloads = new();

    [Theory]
    [InlineData("attachment; filename=\"../../evil.jpg\"", "evil.jpg")]
    [InlineData("attachment; filename*=UTF-8''..%2F..%2F.profile", "profile")]
    [InlineData("attachment; filename=\"CON.jpg\"", "ev-7.jpg")]
    [InlineData("attachment", "ev-7.jpg")]
    public async Task TheServersFileNameNeverLeavesTheFolderOrNamesADevice(string disposition, string expected)
    {
        using var hostile = new RecordingServer(async response =>
        {
            response.ContentType = "image/jpeg";
            response.AddHeader("Content-Disposition", disposition);
            var body = new byte[100];
            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body);
            response.Close();
        });
        _cli.Environment["FAIRTRADE_SERVER"] = hostile.Url;
        var folder = Directory.CreateDirectory(_downloads.PathOf("in"));

        var download = await _cli.RunAsync("evidence", "download", "bottrop", "ev-7", "-o", folder.FullName + Path.DirectorySeparatorChar);

        download.ExitCode.ShouldBe(ExitCodes.Success, download.ToString());
        Directory.GetFileSystemEntries(_downloads.Folder).ShouldBe([folder.FullName]);
        Directory.GetFiles(folder.FullName).ShouldBe([Path.Combine(folder.FullName, expected)]);
    }

    [Fact]
    public async Task ADownloadCutOffMidwayExitsThreeAndLeavesNoFile()
    {
        using var cutOff = new RecordingServer(async response =>
        {
            response.ContentType = "image/jpeg";
            response.AddHeader("Content-Disposition", "attachment; filename=shelf.jpg");
            await RecordingServer.CutOffAsync(response);
        });
        _cli.Environment["FAIRTRADE_SERVER"] = cutOff.Url;

        var download = await _cli.RunAsync("evidence", "download", "bottrop", "ev-7", "-o", _downloads.Folder);

        download.ExitCode.ShouldBe(ExitCodes.Unreachable, download.ToString());
        download.Error.ShouldContain("The download broke off");
        download.Error.ShouldNotContain("   at ");
        Directory.GetFiles(_downloads.Folder).ShouldBeEmpty();
    }

    [Fact]
    public async Task AReplacementCutOffMidwayKeepsTheFileThatWasThere()
    {
        using var cutOff = new RecordingServer(RecordingServer.CutOffAsync);
        _cli.Environment["FAIRTRADE_SERVER"] = cutOff.Url;
        var existing = _downloads.Text("shelf.jpg", "mine");

        var download = await _cli.RunAsync("evidence", "download", "bottrop", "ev-7", "-o", existing, "--force");

        download.ExitCode.ShouldBe(ExitCodes.Unreachable, download.ToString());
        File.ReadAllText(existing).ShouldBe("mine");
        Directory.GetFiles(_downloads.Folder).ShouldBe([existing]);
    }

    public void Dispose()
    {
        _cli.Dispose();
        _downloads.Dispose();
    }
}
