namespace Fairtrade.Abstractions.Evidence;

[GenerateSerializer, Alias("fairtrade.EvidenceKind")]
public enum EvidenceKind
{
    Declaration,
    Photo,
    Receipt,
    Menu,
    Resolution,
    Minutes,
    MemberList,
    Article,
    Other,
}
