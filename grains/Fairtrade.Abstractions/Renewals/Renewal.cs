namespace Fairtrade.Abstractions.Renewals;

/// <summary>
/// One round of the renewal cycle: the campaign's invitation with the town's deadline, the coordinator's submission
/// (its workbook and status frozen apart, in <see cref="IRenewalSubmissionGrain"/>) and the campaign's decision.
/// </summary>
/// <param name="Late">Submitted after the deadline: still taken, and said so.</param>
[GenerateSerializer, Immutable, Alias("fairtrade.Renewal")]
public sealed record Renewal(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly InvitedOn,
    [property: Id(2)] DateOnly Deadline,
    [property: Id(3)] string InvitedBy,
    [property: Id(4)] DateOnly? SubmittedOn = null,
    [property: Id(5)] string? SubmittedBy = null,
    [property: Id(6)] bool Late = false,
    [property: Id(7)] RenewalDecision? Decision = null,
    [property: Id(8)] DateOnly? DecidedOn = null,
    [property: Id(9)] string? DecidedBy = null,
    [property: Id(10)] string? Comment = null);
