namespace Fairtrade.Abstractions.TownCriteria;

[GenerateSerializer, Immutable, Alias("fairtrade.SteeringGroupMember")]
public sealed record SteeringGroupMember(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] Sector Sector,
    [property: Id(3)] string? Organisation);
