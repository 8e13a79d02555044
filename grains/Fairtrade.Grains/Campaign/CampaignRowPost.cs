using Fairtrade.Abstractions.Renewals;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Towns;

namespace Fairtrade.Grains.Campaign;

/// <summary>
/// Posts a town's row to the campaign's console a moment after it changed: an import's thousand changes post a few
/// times, not a thousand. A post that fails is logged; the next change or the daily round posts again.
/// </summary>
internal sealed class CampaignRowPost(TownGrain town, IGrainFactory grains, DateTimeOffset? lastChangeAt, ILogger logger)
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private IGrainTimer? _timer;
    private bool _pending;

    /// <summary>The latest change this activation knows of: the town's own, stored, or a participant's, since.</summary>
    public DateTimeOffset? LastChangeAt { get; private set; } = lastChangeAt;

    public void Changed(DateTimeOffset at)
    {
        LastChangeAt = at > LastChangeAt ? at : LastChangeAt ?? at;
        Soon();
    }

    public void Soon()
    {
        if (_pending)
        {
            return;
        }

        _pending = true;
        _timer ??= town.RegisterGrainTimer(PostAsync, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(Delay, Timeout.InfiniteTimeSpan);
    }

    private async Task PostAsync(CancellationToken cancellationToken)
    {
        _pending = false;
        try
        {
            var renewals = await grains.Renewals(town.GetPrimaryKeyString()).ListAsync();
            await grains.CampaignBoard().PostAsync(town.CampaignRow(renewals));
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "The campaign console's row of {Town} was not posted; the next change or the daily round posts it", town.GetPrimaryKeyString());
        }
    }
}
