namespace Fairtrade.Rules.Status;

[GenerateSerializer, Alias("fairtrade.OverallStatus")]
public enum OverallStatus
{
    [JsonStringEnumMemberName("met")] Met,
    [JsonStringEnumMemberName("at-risk")] AtRisk,
    [JsonStringEnumMemberName("not-met")] NotMet,
}
