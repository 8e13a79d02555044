namespace Fairtrade.Rules.Status;

/// <summary>The evidence on which a subject's coverage ends soon, with no newer evidence to follow it.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ExpiringEvidence")]
public sealed record ExpiringEvidence(
    [property: Id(0)] string Subject,
    [property: Id(1)] string EvidenceId,
    [property: Id(2)] DateOnly ValidUntil);
