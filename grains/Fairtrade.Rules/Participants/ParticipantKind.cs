namespace Fairtrade.Rules.Participants;

[GenerateSerializer, Alias("fairtrade.ParticipantKind")]
public enum ParticipantKind
{
    Retail,
    Catering,
    School,
    Club,
    Faith,
    Workplace,
    Other,
}
