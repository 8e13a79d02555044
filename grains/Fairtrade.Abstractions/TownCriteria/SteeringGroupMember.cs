namespace Fairtrade.Abstractions.TownCriteria;

[GenerateSerializer, Immutable, Alias("fairtrade.SteeringGroupMember")]
public sealed record SteeringGroupMember(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("name")] string Name,
    [property: Id(2), JsonPropertyName("sector")] Sector Sector,
    [property: Id(3), JsonPropertyName("organisation")] string? Organisation);
