using System.ComponentModel.DataAnnotations;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Participants;

/// <summary>PATCH: fields left out stay as they are.</summary>
public sealed record UpdateParticipantRequest(
    ParticipantKind? Kind,
    [property: StringLength(200, MinimumLength = 1), NotBlank] string? Name,
    [property: StringLength(300)] string? Address,
    [property: StringLength(200)] string? Chain,
    [property: ProductList] string[]? Products,
    ContactRequest? Contact,
    bool? ListPublicly)
{
    public ParticipantChanges ToChanges() => new(Kind, Name?.Trim(), Address?.Trim(), Chain?.Trim(),
        Products is null ? null : ProductListAttribute.Normalize(Products), Contact?.ToContact(), ListPublicly);
}
