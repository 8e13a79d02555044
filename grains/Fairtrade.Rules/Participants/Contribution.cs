using Fairtrade.Rules.Calendar;
using Fairtrade.Rules.Evidence;

namespace Fairtrade.Rules.Participants;

/// <summary>
/// All the town needs to know of one participant: what it counts as, the days on which it counts, and its approved
/// evidence (for "expiring soon"). Small enough to keep one per participant in the town.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.Contribution")]
public sealed record Contribution(
    [property: Id(0), JsonPropertyName("subject")] string Subject,
    [property: Id(1), JsonPropertyName("kind")] ParticipantKind Kind,
    [property: Id(2), JsonPropertyName("qualifyingPeriods")] DatePeriod[] QualifyingPeriods,
    [property: Id(3), JsonPropertyName("approvedEvidence")] EvidenceFacts[] ApprovedEvidence)
{
    /// <summary>
    /// The days on which it is neither archived nor short of products, so that its evidence running out matters. Null
    /// in a contribution stored before archiving and products had days: its evidence was listed only if it mattered on
    /// every day.
    /// </summary>
    [Id(4), JsonPropertyName("eligiblePeriods")] public DatePeriod[]? EligiblePeriods { get; init; }

    public bool QualifiesOn(DateOnly day) => DatePeriods.AnyContains(QualifyingPeriods, day);

    public bool IsEligibleOn(DateOnly day) => EligiblePeriods is not { } periods || DatePeriods.AnyContains(periods, day);
}
