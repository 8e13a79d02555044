using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Operations;

/// <summary>Writes into one town without a pause (a participant, then its evidence file of a few hundred KB) until stopped.</summary>
public sealed class BusyTown
{
    private readonly TaskCompletionSource _firstWrite = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _writing;

    public BusyTown(HttpClient admin, string town) => _writing = WriteAsync(admin, town);

    /// <summary>Once the first write is answered.</summary>
    public Task StartedAsync() => _firstWrite.Task;

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _writing;
        _stop.Dispose();
    }

    private async Task WriteAsync(HttpClient admin, string town)
    {
        for (var i = 0; !_stop.IsCancellationRequested; i++)
        {
            await admin.PostOkAsync($"/api/towns/{town}/participants", new { id = $"shop-{i}", kind = "retail", name = $"Shop {i}" });
            (await admin.UploadAsync(town, $"shop-{i}", Samples.Jpeg(Random.Shared.Next(100_000, 400_000)))).StatusCode.ShouldBe(HttpStatusCode.Created);
            _firstWrite.TrySetResult();
        }
    }
}
