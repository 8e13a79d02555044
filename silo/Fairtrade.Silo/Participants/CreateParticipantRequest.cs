using System.ComponentModel.DataAnnotations;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Participants;

public sealed record CreateParticipantRequest(
    [property: StringLength(64, MinimumLength = 1, ErrorMessage = "id " + Identifiers.Rule), RegularExpression(Identifiers.Pattern, ErrorMessage = "id " + Identifiers.Rule), NotReserved] string? Id,
    [property: Required] ParticipantKind? Kind,
    [property: Required, StringLength(200, MinimumLength = 1), SingleLine] string? Name,
    [property: StringLength(300)] string? Address,
    [property: StringLength(200), SingleLine] string? Chain,
    [property: ProductList] string[]? Products,
    ContactRequest? Contact,
    bool? ListPublicly)
{
    public ParticipantDetails ToDetails() => new(Kind!.Value, Name!.Trim(), Address?.Trim(), Chain?.Trim(),
        ProductListAttribute.Normalize(Products), Contact?.ToContact(), ListPublicly ?? false);
}
