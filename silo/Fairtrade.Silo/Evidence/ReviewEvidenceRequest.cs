using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Silo.Evidence;

public sealed record ReviewEvidenceRequest(
    [property: Mandatory] EvidenceDecision? Decision,
    [property: TextLength(2000)] string? Comment);
