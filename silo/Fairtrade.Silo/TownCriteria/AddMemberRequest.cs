using System.ComponentModel.DataAnnotations;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.TownCriteria;

public sealed record AddMemberRequest(
    [property: Required, StringLength(200, MinimumLength = 1), SingleLine] string? Name,
    [property: Required] Sector? Sector,
    [property: StringLength(200), SingleLine] string? Organisation)
{
    public SteeringGroupMemberDraft ToDraft() => new(Name!.Trim(), Sector!.Value, Organisation?.Trim());
}
