namespace Fairtrade.Abstractions.Towns;

[GenerateSerializer, Immutable, Alias("fairtrade.TownProfile")]
public sealed record TownProfile(
    [property: Id(0), JsonPropertyName("slug")] string Slug,
    [property: Id(1), JsonPropertyName("name")] string Name,
    [property: Id(2), JsonPropertyName("kind")] TownKind Kind,
    [property: Id(3), JsonPropertyName("population")] int Population,
    [property: Id(4), JsonPropertyName("ruleset")] string Ruleset,
    [property: Id(5), JsonPropertyName("titleAwardedOn")] DateOnly? TitleAwardedOn,
    [property: Id(6), JsonPropertyName("lastRenewedOn")] DateOnly? LastRenewedOn,
    [property: Id(7), JsonPropertyName("createdAt")] DateTimeOffset CreatedAt);
