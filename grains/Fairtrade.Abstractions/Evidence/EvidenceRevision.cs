using Fairtrade.Rules.Evidence;

namespace Fairtrade.Abstractions.Evidence;

/// <summary>An earlier revision of a piece of evidence, kept as it was decided when a new upload replaced it.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceRevision")]
public sealed record EvidenceRevision(
    [property: Id(0), JsonPropertyName("revision")] int Revision,
    [property: Id(1), JsonPropertyName("file")] EvidenceFile? File,
    [property: Id(2), JsonPropertyName("effectiveDate")] DateOnly EffectiveDate,
    [property: Id(3), JsonPropertyName("note")] string? Note,
    [property: Id(4), JsonPropertyName("status")] EvidenceStatus Status,
    [property: Id(5), JsonPropertyName("submittedAt")] DateTimeOffset SubmittedAt,
    [property: Id(6), JsonPropertyName("submittedBy")] string SubmittedBy,
    [property: Id(7), JsonPropertyName("reviewedAt")] DateTimeOffset? ReviewedAt,
    [property: Id(8), JsonPropertyName("reviewedBy")] string? ReviewedBy,
    [property: Id(9), JsonPropertyName("comment")] string? Comment);
