namespace Fairtrade.Rules.Status;

[GenerateSerializer, Alias("fairtrade.TitleState")]
public enum TitleState
{
    Candidate,
    Awarded,
    RenewalDue,
    Lapsed,
}
