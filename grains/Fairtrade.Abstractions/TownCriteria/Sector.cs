namespace Fairtrade.Abstractions.TownCriteria;

[GenerateSerializer, Alias("fairtrade.Sector")]
public enum Sector
{
    CivilSociety,
    Politics,
    Business,
    Other,
}
