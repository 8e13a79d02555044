using Fairtrade.Abstractions.Evidence;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Abstractions.Participants;

/// <summary>
/// What the town keeps of each participant: enough for the status, the evidence index and the public list of outlets
/// (so the town's page needs no call to each participant), nothing more.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ParticipantEntry")]
public sealed record ParticipantEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] ParticipantKind Kind,
    [property: Id(3)] bool Archived,
    [property: Id(4)] Contribution Contribution,
    [property: Id(5)] EvidenceSummary[] Evidence,
    [property: Id(6)] bool ListPublicly)
{
    [Id(7)] public string? Address { get; init; }

    /// <summary>The day archiving took effect; an entry stored before archiving had a day has none, and was archived on every day.</summary>
    [Id(8)] public DateOnly? ArchivedOn { get; init; }

    public bool IsArchivedOn(DateOnly day) => Archived && (ArchivedOn is not { } from || from <= day);
}
