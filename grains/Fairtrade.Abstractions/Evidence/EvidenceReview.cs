namespace Fairtrade.Abstractions.Evidence;

[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceReview")]
public sealed record EvidenceReview(
    [property: Id(0)] EvidenceDecision Decision,
    [property: Id(1)] string? Comment,
    [property: Id(2)] string Reviewer);
