namespace Fairtrade.Abstractions.Evidence;

/// <summary>
/// What a participant declares through its upload link: the products it offers, whether it may be listed publicly,
/// and who signed for it. Kept with the evidence so the reviewer sees it, and applied to the participant on approval.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceDeclaration")]
public sealed record EvidenceDeclaration(
    [property: Id(0), JsonPropertyName("products")] string[] Products,
    [property: Id(1), JsonPropertyName("listPublicly")] bool ListPublicly,
    [property: Id(2), JsonPropertyName("signedBy")] string SignedBy,
    [property: Id(3), JsonPropertyName("signerRole")] string SignerRole);
