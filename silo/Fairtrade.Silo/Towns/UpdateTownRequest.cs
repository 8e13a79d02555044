using Fairtrade.Abstractions.Towns;

namespace Fairtrade.Silo.Towns;

/// <summary>PATCH: fields left out stay as they are; <c>null</c> removes a date.</summary>
public sealed record UpdateTownRequest(
    [property: TextLength(200, MinimumLength = 1), NotBlank, SingleLine] string? Name,
    [property: Between(1, 50_000_000)] int? Population,
    TownKind? Kind,
    DateOnly? TitleAwardedOn,
    DateOnly? LastRenewedOn)
{
    /// <summary>The JSON names of the fields that a <c>null</c> removes.</summary>
    public static readonly string[] Clearable = ["titleAwardedOn", "lastRenewedOn"];

    public TownChanges ToChanges(IReadOnlySet<string> nulls) => new(Name?.Trim(), Population, Kind, TitleAwardedOn, LastRenewedOn,
        [.. nulls.Select(field => char.ToUpperInvariant(field[0]) + field[1..])]);
}
