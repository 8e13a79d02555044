using Fairtrade.Abstractions.Evidence;
using Fairtrade.Silo.Participants;

namespace Fairtrade.Silo.Declarations;

/// <summary>A participant's own declaration: what it offers, whether it may be listed publicly, and who signs for it.</summary>
public sealed record DeclareRequest(
    [property: Mandatory, ProductList] string[]? Products,
    [property: Mandatory, TextLength(200, MinimumLength = 1), NotBlank, SingleLine] string? SignedBy,
    [property: Mandatory, TextLength(100, MinimumLength = 1), NotBlank, SingleLine] string? SignerRole,
    [property: Mandatory] bool? ListPublicly)
{
    public EvidenceDeclaration ToDeclaration() =>
        new(ProductListAttribute.Normalize(Products), ListPublicly!.Value, SignedBy!.Trim(), SignerRole!.Trim());
}
