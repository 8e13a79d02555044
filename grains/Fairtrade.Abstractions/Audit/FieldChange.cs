namespace Fairtrade.Abstractions.Audit;

/// <summary>A field's value before and after, as JSON text; null where there was none.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.FieldChange")]
public sealed record FieldChange(
    [property: Id(0), JsonPropertyName("old")] string? Old,
    [property: Id(1), JsonPropertyName("new")] string? New);
