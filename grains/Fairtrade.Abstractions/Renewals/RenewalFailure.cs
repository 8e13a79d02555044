namespace Fairtrade.Abstractions.Renewals;

[GenerateSerializer, Alias("fairtrade.RenewalFailure")]
public enum RenewalFailure
{
    TownNotFound,
    RenewalNotFound,

    /// <summary>An earlier renewal has no decision yet: one round at a time.</summary>
    EarlierRenewalOpen,

    AlreadySubmitted,
    AlreadyDecided,

    /// <summary>A day before the invitation (a submission or decision cannot precede it).</summary>
    BeforeInvitation,
}
