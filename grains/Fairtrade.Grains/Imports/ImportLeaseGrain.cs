using Fairtrade.Abstractions.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.Imports;

/// <summary>
/// The lease lives in the activation only: were its silo to die, the lease would go with it, and what it guards is
/// one running request, not data.
/// </summary>
public sealed class ImportLeaseGrain([FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time) : Grain, IImportLeaseGrain
{
    private Guid _holder;
    private DateTimeOffset _until;

    public Task<bool> TryTakeAsync(Guid holder, TimeSpan duration)
    {
        var now = time.GetUtcNow();
        if (holder != _holder && now < _until)
        {
            return Task.FromResult(false);
        }

        (_holder, _until) = (holder, now + duration);
        return Task.FromResult(true);
    }

    public Task ReleaseAsync(Guid holder)
    {
        if (holder == _holder)
        {
            _until = DateTimeOffset.MinValue;
        }

        return Task.CompletedTask;
    }
}
