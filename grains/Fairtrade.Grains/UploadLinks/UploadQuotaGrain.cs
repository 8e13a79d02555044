using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.UploadLinks;
using Fairtrade.Grains.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.UploadLinks;

public sealed class UploadQuotaGrain(
    [PersistentState(StateNames.UploadQuota, StorageNames.Main)] IPersistentState<UploadQuotaState> state,
    [FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time) : Grain, IUploadQuotaGrain
{
    // Uploads under way, counted against the limits like accepted ones; in memory only, for a restart ends them anyway.
    private readonly Dictionary<string, CountedUpload> _held = [];

    public Task<UploadHold> HoldAsync(long bytes, UploadLimits limits)
    {
        var now = time.GetUtcNow();
        var wait = UploadWindow.WaitFor(Counted(except: null), now, bytes, limits);
        if (wait > TimeSpan.Zero)
        {
            return Task.FromResult(new UploadHold(null, wait));
        }

        var id = Ids.New();
        _held[id] = new CountedUpload(now, bytes);
        return Task.FromResult(new UploadHold(id, TimeSpan.Zero));
    }

    public Task<TimeSpan> ResizeAsync(string holdId, long bytes, UploadLimits limits)
    {
        if (!_held.TryGetValue(holdId, out var held))
        {
            return Task.FromResult(UploadWindow.Hour);
        }

        var wait = UploadWindow.WaitFor(Counted(except: holdId), time.GetUtcNow(), bytes, limits);
        if (wait > TimeSpan.Zero)
        {
            _held.Remove(holdId);
        }
        else
        {
            _held[holdId] = held with { Bytes = bytes };
        }

        return Task.FromResult(wait);
    }

    public async Task CountAsync(string holdId)
    {
        if (!_held.Remove(holdId, out var held))
        {
            return;
        }

        var now = time.GetUtcNow();
        UploadWindow.Forget(state.State.Uploads, now);
        state.State.Uploads.Add(held with { At = now });

        // Stored, so a restart or a move to another silo does not give a flooding link a fresh allowance.
        await state.WriteStateAsync();
    }

    public Task ReleaseAsync(string holdId)
    {
        _held.Remove(holdId);
        return Task.CompletedTask;
    }

    private List<CountedUpload> Counted(string? except) =>
        [.. state.State.Uploads.Concat(_held.Where(h => h.Key != except).Select(h => h.Value)).OrderBy(u => u.At)];
}
