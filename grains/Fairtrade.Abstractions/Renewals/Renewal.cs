namespace Fairtrade.Abstractions.Renewals;

/// <summary>
/// One round of the renewal cycle: the campaign's invitation with the town's deadline, the coordinator's submission
/// (its workbook and status frozen apart, in <see cref="IRenewalSubmissionGrain"/>) and the campaign's decision.
/// </summary>
/// <param name="Late">Submitted after the deadline: still taken, and said so.</param>
[GenerateSerializer, Immutable, Alias("fairtrade.Renewal")]
public sealed record Renewal(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("invitedOn")] DateOnly InvitedOn,
    [property: Id(2), JsonPropertyName("deadline")] DateOnly Deadline,
    [property: Id(3), JsonPropertyName("invitedBy")] string InvitedBy,
    [property: Id(4), JsonPropertyName("submittedOn")] DateOnly? SubmittedOn = null,
    [property: Id(5), JsonPropertyName("submittedBy")] string? SubmittedBy = null,
    [property: Id(6), JsonPropertyName("late")] bool Late = false,
    [property: Id(7), JsonPropertyName("decision")] RenewalDecision? Decision = null,
    [property: Id(8), JsonPropertyName("decidedOn")] DateOnly? DecidedOn = null,
    [property: Id(9), JsonPropertyName("decidedBy")] string? DecidedBy = null,
    [property: Id(10), JsonPropertyName("comment")] string? Comment = null);
