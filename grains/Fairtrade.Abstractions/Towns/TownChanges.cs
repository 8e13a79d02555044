namespace Fairtrade.Abstractions.Towns;

/// <summary>A partial update of a town; null leaves a field as it is, unless <see cref="Cleared"/> names it.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.TownChanges")]
public sealed record TownChanges(
    [property: Id(0)] string? Name,
    [property: Id(1)] int? Population,
    [property: Id(2)] TownKind? Kind,
    [property: Id(3)] DateOnly? TitleAwardedOn,
    [property: Id(4)] DateOnly? LastRenewedOn,
    [property: Id(5)] string[] Cleared);
