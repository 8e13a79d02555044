namespace Fairtrade.Abstractions.Participants;

[GenerateSerializer, Immutable, Alias("fairtrade.Contact")]
public sealed record Contact(
    [property: Id(0), JsonPropertyName("person")] string? Person,
    [property: Id(1), JsonPropertyName("email")] string? Email,
    [property: Id(2), JsonPropertyName("phone")] string? Phone);
