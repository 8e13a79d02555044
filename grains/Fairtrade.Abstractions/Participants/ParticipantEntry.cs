using Fairtrade.Abstractions.Evidence;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Abstractions.Participants;

/// <summary>
/// What the town keeps of each participant: enough for the status, the evidence index and the public list of outlets
/// (so the town's page needs no call to each participant), nothing more.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ParticipantEntry")]
public sealed record ParticipantEntry(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("name")] string Name,
    [property: Id(2), JsonPropertyName("kind")] ParticipantKind Kind,
    [property: Id(3), JsonPropertyName("archived")] bool Archived,
    [property: Id(4), JsonPropertyName("contribution")] Contribution Contribution,
    [property: Id(5), JsonPropertyName("evidence")] EvidenceSummary[] Evidence,
    [property: Id(6), JsonPropertyName("listPublicly")] bool ListPublicly)
{
    [Id(7), JsonPropertyName("address")] public string? Address { get; init; }

    /// <summary>The day archiving took effect; an entry stored before archiving had a day has none, and was archived on every day.</summary>
    [Id(8), JsonPropertyName("archivedOn")] public DateOnly? ArchivedOn { get; init; }

    public bool IsArchivedOn(DateOnly day) => Archived && (ArchivedOn is not { } from || from <= day);
}
