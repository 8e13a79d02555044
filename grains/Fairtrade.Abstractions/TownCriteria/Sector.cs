namespace Fairtrade.Abstractions.TownCriteria;

[GenerateSerializer, Alias("fairtrade.Sector")]
public enum Sector
{
    [JsonStringEnumMemberName("civil-society")] CivilSociety,
    [JsonStringEnumMemberName("politics")] Politics,
    [JsonStringEnumMemberName("business")] Business,
    [JsonStringEnumMemberName("other")] Other,
}
