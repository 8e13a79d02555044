using Fairtrade.Rules.Evidence;

namespace Fairtrade.Abstractions.Evidence;

/// <summary>An earlier revision of a piece of evidence, kept as it was decided when a new upload replaced it.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceRevision")]
public sealed record EvidenceRevision(
    [property: Id(0)] int Revision,
    [property: Id(1)] EvidenceFile? File,
    [property: Id(2)] DateOnly EffectiveDate,
    [property: Id(3)] string? Note,
    [property: Id(4)] EvidenceStatus Status,
    [property: Id(5)] DateTimeOffset SubmittedAt,
    [property: Id(6)] string SubmittedBy,
    [property: Id(7)] DateTimeOffset? ReviewedAt,
    [property: Id(8)] string? ReviewedBy,
    [property: Id(9)] string? Comment);
