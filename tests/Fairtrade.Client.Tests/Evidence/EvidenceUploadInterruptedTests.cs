using System.Net.Sockets;
using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Evidence;

/// <summary><c>evidence upload</c> with a server that stops answering part-way through the files.</summary>
public sealed class EvidenceUploadInterruptedTests : IDisposable
{
    private readonly FairtradeTool _cli = new();
    private readonly Files _files = new();

    [Fact]
    public async Task AServerThatStopsAnsweringMidBatchEndsItWithTheReportOfWhatWentUp()
    {
        using var recorder = FirstUploadOnly();
        _cli.Environment["FAIRTRADE_SERVER"] = recorder.Url;

        var upload = await _cli.RunAsync("evidence", "upload", "bottrop", "cafe-mokka",
            _files.Jpeg("first.jpg", 1000), _files.Jpeg("second.jpg", 1000), _files.Pdf("third.pdf", 1000), _files.Pdf("fourth.pdf", 1000));

        upload.ExitCode.ShouldBe(ExitCodes.Unreachable, upload.ToString());
        upload.Out.ShouldContain("Uploaded first.jpg (1000 B): evidence ev-1, approved.");
        upload.Out.ShouldNotContain("second.jpg");
        upload.Error.ShouldContain("second.jpg: The answer from the server at");
        upload.Error.ShouldContain("broke off");
        upload.Error.ShouldContain("The server may have stored the file before the answer was lost; 'fairtrade evidence list bottrop --subject cafe-mokka' shows what it has.");
        upload.Error.ShouldContain("Not sent: third.pdf, fourth.pdf.");
        upload.Error.ShouldNotContain("   at ");
        recorder.Bodies.Count.ShouldBe(2);
    }

    [Fact]
    public async Task AServerThatStopsAnsweringMidBatchStillGetsTheJsonOfWhatWentUp()
    {
        using var recorder = FirstUploadOnly();
        _cli.Environment["FAIRTRADE_SERVER"] = recorder.Url;

        var upload = await _cli.RunAsync("evidence", "upload", "bottrop", "cafe-mokka", _files.Jpeg("first.jpg", 1000), _files.Jpeg("second.jpg", 1000), "--json");

        upload.ExitCode.ShouldBe(ExitCodes.Unreachable, upload.ToString());
        var uploaded = JsonNode.Parse(upload.Out)!.AsArray().ShouldHaveSingleItem()!;
        ((string?)uploaded["id"]).ShouldBe("ev-1");
        upload.Error.ShouldContain("second.jpg: The answer from the server at");
        upload.Error.ShouldNotContain("Not sent");
    }

    [Fact]
    public async Task AServerThatIsDownBeforeTheFirstFileSendsNothingAndSaysSo()
    {
        _cli.Environment["FAIRTRADE_SERVER"] = SiloServer.DeadUrl();

        var upload = await _cli.RunAsync("evidence", "upload", "bottrop", "cafe-mokka", _files.Jpeg("first.jpg", 1000), _files.Jpeg("second.jpg", 1000), "--json");

        upload.ExitCode.ShouldBe(ExitCodes.Unreachable, upload.ToString());
        JsonNode.Parse(upload.Out)!.AsArray().ShouldBeEmpty();
        upload.Error.ShouldContain("first.jpg: Cannot reach the server");
        upload.Error.ShouldNotContain("may have stored", Case.Insensitive, "nothing went out");
        upload.Error.ShouldContain("Not sent: second.jpg.");
    }

    [Fact]
    public async Task CtrlCMidBatchStopsWithTheReportOfWhatWentUp()
    {
        using var stop = new CancellationTokenSource();
        var answered = 0;
        using var recorder = new RecordingServer(async response =>
        {
            if (Interlocked.Increment(ref answered) > 1)
            {
                // The user presses Ctrl+C while the second file waits for its answer, which never comes.
                await stop.CancelAsync();
                return;
            }

            await RecordingServer.JsonAsync(response, """{"id":"ev-1","subject":"cafe-mokka","status":"approved"}""", 201);
        });
        _cli.Environment["FAIRTRADE_SERVER"] = recorder.Url;

        var upload = await _cli.RunAsync(
            ["evidence", "upload", "bottrop", "cafe-mokka", _files.Jpeg("first.jpg", 1000), _files.Jpeg("second.jpg", 1000), _files.Pdf("third.pdf", 1000)],
            cancellationToken: stop.Token);

        upload.ExitCode.ShouldBe(ExitCodes.Cancelled, upload.ToString());
        upload.Out.ShouldContain("Uploaded first.jpg (1000 B): evidence ev-1, approved.");
        upload.Error.ShouldContain("second.jpg: Cancelled.");
        upload.Error.ShouldContain("Not sent: third.pdf.");
    }

    [Fact]
    public async Task AnAnswerThatIsNotEvidenceStopsTheBatchAndTheJsonStaysJson()
    {
        var answered = 0;
        using var recorder = new RecordingServer(response =>
            RecordingServer.JsonAsync(response, Interlocked.Increment(ref answered) > 1 ? "<html>Welcome</html>" : """{"id":"ev-1","status":"approved"}"""));
        _cli.Environment["FAIRTRADE_SERVER"] = recorder.Url;

        var upload = await _cli.RunAsync("evidence", "upload", "bottrop", "cafe-mokka", _files.Jpeg("first.jpg", 1000), _files.Jpeg("second.jpg", 1000), _files.Pdf("third.pdf", 1000), "--json");

        upload.ExitCode.ShouldBe(ExitCodes.Refused, upload.ToString());
        ((string?)JsonNode.Parse(upload.Out)!.AsArray().ShouldHaveSingleItem()!["id"]).ShouldBe("ev-1");
        upload.Error.ShouldContain("second.jpg: " + CommandRunner.NotTheApi);
        upload.Error.ShouldContain("Not sent: third.pdf.");
    }

    [Fact]
    public async Task AFileThatCannotBeOpenedStopsTheBatchAfterReportingWhatWentUp()
    {
        using var recorder = new RecordingServer(response => RecordingServer.JsonAsync(response, """{"id":"ev-1","status":"approved"}""", 201));
        _cli.Environment["FAIRTRADE_SERVER"] = recorder.Url;
        // A socket in the file system is there, but no one can open it as a file, not even root.
        var socketPath = Path.Combine(Path.GetDirectoryName(_files.Jpeg("first.jpg", 1000))!, "second.jpg");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));

        var upload = await _cli.RunAsync("evidence", "upload", "bottrop", "cafe-mokka", _files.Jpeg("first.jpg", 1000), socketPath, _files.Pdf("third.pdf", 1000));

        upload.ExitCode.ShouldBe(ExitCodes.Usage, upload.ToString());
        upload.Out.ShouldContain("Uploaded first.jpg");
        upload.Error.ShouldContain("second.jpg: ");
        upload.Error.ShouldContain("Not sent: third.pdf.");
        upload.Error.ShouldNotContain("   at ");
        recorder.Bodies.Count.ShouldBe(1);
    }

    public void Dispose()
    {
        _cli.Dispose();
        _files.Dispose();
    }

    /// <summary>A server that takes the first upload, then reads each further one and breaks off in the middle of its answer.</summary>
    private static RecordingServer FirstUploadOnly()
    {
        var answered = 0;
        return new RecordingServer(async response =>
        {
            if (Interlocked.Increment(ref answered) > 1)
            {
                response.StatusCode = 201;
                response.ContentLength64 = 1000;
                await response.OutputStream.WriteAsync("""{"id":"""u8.ToArray());
                await response.OutputStream.FlushAsync();
                response.Abort();
                return;
            }

            await RecordingServer.JsonAsync(response, """{"id":"ev-1","subject":"cafe-mokka","status":"approved"}""", 201);
        });
    }
}
