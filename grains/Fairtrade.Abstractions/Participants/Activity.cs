namespace Fairtrade.Abstractions.Participants;

[GenerateSerializer, Immutable, Alias("fairtrade.Activity")]
public sealed record Activity(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("date")] DateOnly Date,
    [property: Id(2), JsonPropertyName("title")] string Title);
