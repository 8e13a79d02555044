namespace Fairtrade.Abstractions.Evidence;

/// <summary>The file behind a piece of evidence: stored by its SHA-256, shown under a sanitised name.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceFile")]
public sealed record EvidenceFile(
    [property: Id(0), JsonPropertyName("name")] string Name,
    [property: Id(1), JsonPropertyName("size")] long Size,
    [property: Id(2), JsonPropertyName("contentType")] string ContentType,
    [property: Id(3), JsonPropertyName("sha256")] string Sha256);
