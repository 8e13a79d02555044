namespace Fairtrade.Rules.Participants;

[GenerateSerializer, Alias("fairtrade.ParticipantKind")]
public enum ParticipantKind
{
    [JsonStringEnumMemberName("retail")] Retail,
    [JsonStringEnumMemberName("catering")] Catering,
    [JsonStringEnumMemberName("school")] School,
    [JsonStringEnumMemberName("club")] Club,
    [JsonStringEnumMemberName("faith")] Faith,
    [JsonStringEnumMemberName("workplace")] Workplace,
    [JsonStringEnumMemberName("other")] Other,
}
