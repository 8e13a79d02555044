namespace Fairtrade.Abstractions.Participants;

[GenerateSerializer, Immutable, Alias("fairtrade.Activity")]
public sealed record Activity(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string Title);
