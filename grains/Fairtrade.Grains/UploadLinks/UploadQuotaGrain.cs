using Fairtrade.Abstractions.Storage;
using Fairtrade.Abstractions.UploadLinks;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.UploadLinks;

public sealed class UploadQuotaGrain(
    [PersistentState(StateNames.UploadQuota, StorageNames.Main)] IPersistentState<UploadQuotaState> state,
    [FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time) : Grain, IUploadQuotaGrain
{
    public Task<TimeSpan> WaitForAsync(long bytes, UploadLimits limits) =>
        Task.FromResult(UploadWindow.WaitFor(state.State.Uploads, time.GetUtcNow(), bytes, limits));

    public async Task CountAsync(long bytes)
    {
        var now = time.GetUtcNow();
        UploadWindow.Forget(state.State.Uploads, now);
        state.State.Uploads.Add(new CountedUpload(now, bytes));

        // Stored, so a restart or a move to another silo does not give a flooding link a fresh allowance.
        await state.WriteStateAsync();
    }
}
