using Fairtrade.Abstractions.Evidence;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Abstractions.Participants;

/// <summary>
/// A participant as it stands on <see cref="AsOf"/>: its details, whether it counts and why not, and its evidence with
/// the reviewers' decisions (approved evidence past its validity reads expired).
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ParticipantView")]
public sealed record ParticipantView(
    [property: Id(0)] string Id,
    [property: Id(1)] ParticipantDetails Details,
    [property: Id(2)] DateOnly AsOf,
    [property: Id(3)] bool Qualifies,
    [property: Id(4)] string[] Reasons,
    [property: Id(8)] EvidenceRecord[] Evidence,
    [property: Id(6)] Activity[] Activities,
    [property: Id(7)] bool Archived)
{
    /// <summary>The reasons it does not count, as data for the pages' own words.</summary>
    [Id(9)] public ParticipantGap[] Gaps { get; init; } = [];

    /// <summary>The day archiving took effect, when it is archived (<see cref="Archived"/> says whether it is by <see cref="AsOf"/>).</summary>
    [Id(10)] public DateOnly? ArchivedOn { get; init; }
}
