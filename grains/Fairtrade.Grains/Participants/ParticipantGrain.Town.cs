using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Grains.Participants;

/// <summary>Telling the town of this participant's contribution, again until it hears.</summary>
public sealed partial class ParticipantGrain
{
    private static readonly TimeSpan TownRetryPeriod = TimeSpan.FromSeconds(10);

    private IGrainTimer? _townRetry;

    /// <summary>
    /// Hands the town this participant's new contribution. The change is saved already, so a town that cannot be
    /// reached does not fail the request: a timer tries again until it can (and so does the next activation).
    /// </summary>
    private async Task TellTownAsync()
    {
        var details = state.State.Details!;
        var entry = new ParticipantEntry(Id, details.Name, details.Kind, state.State.Archived,
            ParticipantRules.Contribute(Facts(), Ruleset, vocabulary), [.. state.State.Evidence.Select(e => e.ToSummary())], details.ListPublicly)
        {
            Address = details.Address,
            ArchivedOn = state.State.ArchivedOn,
        };
        try
        {
            await GrainFactory.Town(Town).RecordParticipantAsync(entry);
            state.State.TownUpdatePending = false;
            _townRetry?.Dispose();
            _townRetry = null;
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Town {Town} did not take the contribution of {Participant}; trying again", Town, Id);
            _townRetry ??= this.RegisterGrainTimer(TellTownAsync, new GrainTimerCreationOptions(TownRetryPeriod, TownRetryPeriod) { Interleave = false, KeepAlive = true });
        }
    }
}
