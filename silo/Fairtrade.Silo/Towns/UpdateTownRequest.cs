using System.ComponentModel.DataAnnotations;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Towns;

/// <summary>PATCH: fields left out stay as they are.</summary>
public sealed record UpdateTownRequest(
    [property: StringLength(200, MinimumLength = 1), NotBlank] string? Name,
    [property: Range(1, 50_000_000)] int? Population,
    TownKind? Kind,
    DateOnly? TitleAwardedOn,
    DateOnly? LastRenewedOn)
{
    public TownChanges ToChanges() => new(Name, Population, Kind, TitleAwardedOn, LastRenewedOn);
}
