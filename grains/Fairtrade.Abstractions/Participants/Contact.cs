namespace Fairtrade.Abstractions.Participants;

[GenerateSerializer, Immutable, Alias("fairtrade.Contact")]
public sealed record Contact(
    [property: Id(0)] string? Person,
    [property: Id(1)] string? Email,
    [property: Id(2)] string? Phone);
