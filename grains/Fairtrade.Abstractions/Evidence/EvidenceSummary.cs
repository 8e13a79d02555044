using Fairtrade.Rules.Evidence;

namespace Fairtrade.Abstractions.Evidence;

[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceSummary")]
public sealed record EvidenceSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] EvidenceKind Kind,
    [property: Id(2)] EvidenceStatus Status,
    [property: Id(3)] DateOnly EffectiveDate,
    [property: Id(4)] DateOnly ValidUntil);
