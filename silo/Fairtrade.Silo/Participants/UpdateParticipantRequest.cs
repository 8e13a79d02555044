using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.Participants;

/// <summary>PATCH: fields left out stay as they are; <c>null</c> removes the address, chain, contact or language.</summary>
public sealed record UpdateParticipantRequest(
    ParticipantKind? Kind,
    [property: TextLength(200, MinimumLength = 1), NotBlank, SingleLine] string? Name,
    [property: TextLength(300)] string? Address,
    [property: TextLength(200), SingleLine] string? Chain,
    [property: ProductList] string[]? Products,
    ContactRequest? Contact,
    bool? ListPublicly,
    [property: OneOf("de", "en", "fr", "it", null)] string? Language = null)
{
    /// <summary>The JSON names of the fields that a <c>null</c> removes.</summary>
    public static readonly string[] Clearable = ["address", "chain", "contact", "language"];

    public ParticipantChanges ToChanges(IReadOnlySet<string> nulls) => new(Kind, Name?.Trim(), Address?.Trim(), Chain?.Trim(),
        Products is null ? null : ProductListAttribute.Normalize(Products), Contact?.ToContact(), ListPublicly,
        [.. nulls.Select(field => char.ToUpperInvariant(field[0]) + field[1..])]) { Language = Language };
}
