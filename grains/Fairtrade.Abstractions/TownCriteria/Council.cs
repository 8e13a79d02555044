namespace Fairtrade.Abstractions.TownCriteria;

[GenerateSerializer, Immutable, Alias("fairtrade.Council")]
public sealed record Council(
    [property: Id(0), JsonPropertyName("resolutionAdoptedOn")] DateOnly? ResolutionAdoptedOn,
    [property: Id(1), JsonPropertyName("productsServed")] string[] ProductsServed);
