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
        upload.Error.ShouldContain("second.jpg: Cannot reach the server");
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
        upload.Error.ShouldContain("second.jpg: Cannot reach the server");
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
        upload.Error.ShouldContain("Not sent: second.jpg.");
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

            var evidence = """{"id":"ev-1","subject":"cafe-mokka","status":"approved"}"""u8.ToArray();
            response.StatusCode = 201;
            response.ContentType = "application/json";
            response.ContentLength64 = evidence.Length;
            await response.OutputStream.WriteAsync(evidence);
            response.Close();
        });
    }
}
