using Fairtrade.Rules.Evidence;

namespace Fairtrade.Abstractions.Evidence;

[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceSummary")]
public sealed record EvidenceSummary(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("kind")] EvidenceKind Kind,
    [property: Id(2), JsonPropertyName("status")] EvidenceStatus Status,
    [property: Id(3), JsonPropertyName("effectiveDate")] DateOnly EffectiveDate,
    [property: Id(4), JsonPropertyName("validUntil")] DateOnly ValidUntil);
