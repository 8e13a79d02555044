namespace Fairtrade.Abstractions.Towns;

[GenerateSerializer, Alias("fairtrade.TownDirectoryState")]
public sealed class TownDirectoryState
{
    [Id(0), JsonPropertyName("slugs")] public SortedSet<string> Slugs { get; set; } = new(StringComparer.Ordinal);
}
