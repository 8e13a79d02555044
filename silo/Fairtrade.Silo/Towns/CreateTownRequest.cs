using Fairtrade.Abstractions.Towns;

namespace Fairtrade.Silo.Towns;

public sealed record CreateTownRequest(
    [property: Mandatory, Identifier] string? Slug,
    [property: Mandatory, TextLength(200, MinimumLength = 1), SingleLine] string? Name,
    [property: Mandatory, Between(1, 50_000_000)] int? Population,
    [property: Mandatory, TextLength(64, MinimumLength = 1)] string? Ruleset,
    TownKind? Kind,
    DateOnly? TitleAwardedOn,
    DateOnly? LastRenewedOn);
