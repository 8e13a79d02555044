namespace Fairtrade.Abstractions.TownCriteria;

[GenerateSerializer, Immutable, Alias("fairtrade.SteeringGroupMemberDraft")]
public sealed record SteeringGroupMemberDraft(
    [property: Id(0)] string Name,
    [property: Id(1)] Sector Sector,
    [property: Id(2)] string? Organisation);
