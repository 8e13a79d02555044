using Orleans.Concurrency;

namespace Fairtrade.Abstractions.Renewals;

/// <summary>
/// A town's renewal cycle (key: the town's slug): invitations by the campaign office, the coordinator's frozen
/// submission, the campaign's decision, all in the audit trail. A decision that renews moves the town's title dates.
/// </summary>
[Alias("fairtrade.IRenewalsGrain")]
public interface IRenewalsGrain : IGrainWithStringKey
{
    /// <summary>A new renewal with its deadline from the town's ruleset; refused while an earlier one has no decision.</summary>
    [Alias("Invite")]
    Task<RenewalOutcome> InviteAsync(DateOnly invitedOn, string actor);

    /// <summary>
    /// Oldest first. Interleaves, and asks nothing of the town: the town reads it while posting its console row, which
    /// may happen while this grain waits for the town.
    /// </summary>
    [Alias("List"), AlwaysInterleave]
    Task<Renewal[]> ListAsync();

    /// <summary>Freezes <paramref name="submission"/> and marks the renewal submitted, once.</summary>
    [Alias("Submit")]
    Task<RenewalOutcome> SubmitAsync(string renewalId, FrozenSubmission submission, string actor);

    [Alias("Decide")]
    Task<RenewalOutcome> DecideAsync(string renewalId, RenewalDecision decision, DateOnly decidedOn, string? comment, string actor);
}
