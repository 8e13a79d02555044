using Fairtrade.Abstractions.TownCriteria;

namespace Fairtrade.Silo.TownCriteria;

public sealed record AddMemberRequest(
    [property: Mandatory, TextLength(200, MinimumLength = 1), SingleLine] string? Name,
    [property: Mandatory] Sector? Sector,
    [property: TextLength(200), SingleLine] string? Organisation)
{
    public SteeringGroupMemberDraft ToDraft() => new(Name!.Trim(), Sector!.Value, Organisation?.Trim());
}
