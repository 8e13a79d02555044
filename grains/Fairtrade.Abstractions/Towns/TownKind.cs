namespace Fairtrade.Abstractions.Towns;

[GenerateSerializer, Alias("fairtrade.TownKind")]
public enum TownKind
{
    Town,
    City,
    Municipality,
    District,
    Region,
}
