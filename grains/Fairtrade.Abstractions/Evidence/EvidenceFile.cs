namespace Fairtrade.Abstractions.Evidence;

/// <summary>The file behind a piece of evidence: stored by its SHA-256, shown under a sanitised name.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceFile")]
public sealed record EvidenceFile(
    [property: Id(0)] string Name,
    [property: Id(1)] long Size,
    [property: Id(2)] string ContentType,
    [property: Id(3)] string Sha256);
