namespace Fairtrade.Rules.Participants;

/// <summary>What a participant offered before a product change took effect: on the days before <see cref="Until"/>, back to the change before.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ProductsUntil")]
public sealed record ProductsUntil(
    [property: Id(0), JsonPropertyName("until")] DateOnly Until,
    [property: Id(1), JsonPropertyName("products")] string[] Products);
