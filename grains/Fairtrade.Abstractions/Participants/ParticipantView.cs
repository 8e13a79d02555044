using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Abstractions.Participants;

/// <summary>A participant as it stands on <see cref="AsOf"/>: its details, whether it counts, and why not.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ParticipantView")]
public sealed record ParticipantView(
    [property: Id(0)] string Id,
    [property: Id(1)] ParticipantDetails Details,
    [property: Id(2)] DateOnly AsOf,
    [property: Id(3)] bool Qualifies,
    [property: Id(4)] string[] Reasons,
    [property: Id(5)] EvidenceSummary[] Evidence,
    [property: Id(6)] Activity[] Activities,
    [property: Id(7)] bool Archived);
