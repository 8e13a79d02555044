namespace Fairtrade.Rules.Participants;

[GenerateSerializer]
public enum ParticipantGapKind
{
    Archived,
    KindDoesNotCount,
    TooFewProducts,
    NoValidEvidence,
    NoRecentActivity,
}
