namespace Fairtrade.Abstractions.Imports;

/// <summary>Sets the council's resolution date and products to these values.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.SetCouncilStep")]
public sealed record SetCouncilStep(
    [property: Id(0), JsonPropertyName("resolutionAdoptedOn")] DateOnly? ResolutionAdoptedOn,
    [property: Id(1), JsonPropertyName("productsServed")] string[] ProductsServed) : ImportStep;
