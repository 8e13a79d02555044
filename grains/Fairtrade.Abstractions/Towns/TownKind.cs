namespace Fairtrade.Abstractions.Towns;

[GenerateSerializer, Alias("fairtrade.TownKind")]
public enum TownKind
{
    [JsonStringEnumMemberName("town")] Town,
    [JsonStringEnumMemberName("city")] City,
    [JsonStringEnumMemberName("municipality")] Municipality,
    [JsonStringEnumMemberName("district")] District,
    [JsonStringEnumMemberName("region")] Region,
}
