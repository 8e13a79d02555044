using System.Net;
using System.Net.Http.Headers;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Persistence;

public sealed class InterruptedUploadTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("fairtrade-upload-kill-").FullName;

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Fact]
    public async Task AKillDuringAnUploadLeavesNoFileAndNoRecord()
    {
        var incoming = Path.Combine(_dataDir, "files", "incoming");
        await using (var silo = await SiloProcess.StartAsync(_dataDir))
        {
            using var admin = silo.CreateAdminClient();
            await admin.CreateTownAsync("bottrop");
            await admin.PostOkAsync("/api/towns/bottrop/participants", new { id = "shop", kind = "retail", name = "Weltladen" });
            var body = new HalfSentBody(Samples.Jpeg(4 * 1024 * 1024));
            var form = new MultipartFormDataContent
            {
                { new StringContent("shop"), "subject" },
                { new StringContent("photo"), "kind" },
                { new StringContent("2026-11-20"), "effectiveDate" },
                { body, "file", "shelf.jpg" },
            };
            var upload = admin.PostAsync("/api/towns/bottrop/evidence", form);
            await body.HalfSent;
            await WaitForAsync(() => Directory.Exists(incoming) && Directory.GetFiles(incoming).Any(f => new FileInfo(f).Length > 0));

            await silo.KillAsync();
            body.GiveUp();
            await Should.ThrowAsync<Exception>(upload);
        }

        Directory.GetFiles(incoming).ShouldNotBeEmpty("the kill left the half-received upload behind");
        await using var restarted = await SiloProcess.StartAsync(_dataDir);
        using var client = restarted.CreateAdminClient();

        Directory.GetFiles(Path.Combine(_dataDir, "files"), "*", SearchOption.AllDirectories).ShouldBeEmpty();
        (await client.GetJsonAsync("/api/towns/bottrop/evidence")).AsArray().ShouldBeEmpty();
        var later = await client.UploadAsync("bottrop", "shop", Samples.Jpeg(3_000));
        later.StatusCode.ShouldBe(HttpStatusCode.Created, "the store works as before");
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>A file part that sends its first half and then waits, as a phone losing its connection would.</summary>
    private sealed class HalfSentBody : HttpContent
    {
        private readonly byte[] _content;
        private readonly TaskCompletionSource _halfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenSource _givenUp = new();

        public HalfSentBody(byte[] content)
        {
            _content = content;
            Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        }

        public Task HalfSent => _halfSent.Task;

        public void GiveUp() => _givenUp.Cancel();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(_content.AsMemory(0, _content.Length / 2));
            await stream.FlushAsync();
            _halfSent.SetResult();
            await Task.Delay(Timeout.Infinite, _givenUp.Token);
        }

        protected override void Dispose(bool disposing)
        {
            _givenUp.Dispose();
            base.Dispose(disposing);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _content.Length;
            return true;
        }
    }
}
