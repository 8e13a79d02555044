using System.ComponentModel.DataAnnotations;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Towns;

public sealed record CreateTownRequest(
    [property: Required, RegularExpression(Identifiers.Pattern, ErrorMessage = "slug " + Identifiers.Rule)] string? Slug,
    [property: Required, StringLength(200, MinimumLength = 1), SingleLine] string? Name,
    [property: Required, Range(1, 50_000_000)] int? Population,
    [property: Required, StringLength(64, MinimumLength = 1)] string? Ruleset,
    TownKind? Kind,
    DateOnly? TitleAwardedOn,
    DateOnly? LastRenewedOn);
