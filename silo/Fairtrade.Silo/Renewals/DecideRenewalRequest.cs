using Fairtrade.Abstractions.Renewals;

namespace Fairtrade.Silo.Renewals;

/// <param name="Decision"><c>renewed</c>, <c>conditional</c> or <c>denied</c>.</param>
/// <param name="DecidedOn">Not before the invitation, at most tomorrow; a renewal starts the next title period on this day.</param>
/// <param name="Comment">The conditions of a conditional renewal, or the reasons of a denial.</param>
public sealed record DecideRenewalRequest(
    [property: Mandatory] RenewalDecision? Decision,
    [property: Mandatory] DateOnly? DecidedOn,
    [property: TextLength(2000)] string? Comment);
