namespace Fairtrade.Abstractions.Towns;

[GenerateSerializer, Immutable, Alias("fairtrade.TownProfile")]
public sealed record TownProfile(
    [property: Id(0)] string Slug,
    [property: Id(1)] string Name,
    [property: Id(2)] TownKind Kind,
    [property: Id(3)] int Population,
    [property: Id(4)] string Ruleset,
    [property: Id(5)] DateOnly? TitleAwardedOn,
    [property: Id(6)] DateOnly? LastRenewedOn,
    [property: Id(7)] DateTimeOffset CreatedAt);
