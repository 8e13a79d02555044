using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.Participants;

public sealed record CreateParticipantRequest(
    [property: Identifier, NotReserved] string? Id,
    [property: Mandatory] ParticipantKind? Kind,
    [property: Mandatory, TextLength(200, MinimumLength = 1), SingleLine] string? Name,
    [property: TextLength(300)] string? Address,
    [property: TextLength(200), SingleLine] string? Chain,
    [property: ProductList] string[]? Products,
    ContactRequest? Contact,
    bool? ListPublicly)
{
    public ParticipantDetails ToDetails() => new(Kind!.Value, Name!.Trim(), Address?.Trim(), Chain?.Trim(),
        ProductListAttribute.Normalize(Products), Contact?.ToContact(), ListPublicly ?? false);
}
