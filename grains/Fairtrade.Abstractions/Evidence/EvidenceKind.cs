namespace Fairtrade.Abstractions.Evidence;

[GenerateSerializer, Alias("fairtrade.EvidenceKind")]
public enum EvidenceKind
{
    [JsonStringEnumMemberName("declaration")] Declaration,
    [JsonStringEnumMemberName("photo")] Photo,
    [JsonStringEnumMemberName("receipt")] Receipt,
    [JsonStringEnumMemberName("menu")] Menu,
    [JsonStringEnumMemberName("resolution")] Resolution,
    [JsonStringEnumMemberName("minutes")] Minutes,
    [JsonStringEnumMemberName("member-list")] MemberList,
    [JsonStringEnumMemberName("article")] Article,
    [JsonStringEnumMemberName("other")] Other,
}
