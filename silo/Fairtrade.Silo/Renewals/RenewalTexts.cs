using Fairtrade.Grains.Localization;

namespace Fairtrade.Silo.Renewals;

/// <summary>What the town's renewal page says (RenewalTexts.*.resx).</summary>
public sealed class RenewalTexts : TextCatalog<RenewalTexts>
{
    public string Tab => Get();
    public string Title => Get();
    public string AwardedOn => Get();
    public string DueOn => Get();
    public string NeverInvited => Get();
    public string Invite => Get();
    public string InvitedOn => Get();
    public string Deadline => Get();
    public string DeadlineToday => Get();
    public string DaysLeftOne => Get();
    public string DaysLeftMany(int days) => Format(nameof(DaysLeftMany), days);
    public string DaysPassedOne => Get();
    public string DaysPassedMany(int days) => Format(nameof(DaysPassedMany), days);
    public string Submit => Get();
    public string SubmitHelp => Get();
    public string SubmittedOn => Get();
    public string Late => Get();
    public string FrozenWorkbook => Get();
    public string FrozenStatus => Get();
    public string Decide => Get();
    public string Decision => Get();
    public string DecidedOn => Get();
    public string Comment => Get();
    public string Waiting => Get();

    /// <summary>In the order the decision form offers them.</summary>
    public IReadOnlyDictionary<string, string> Decisions => Group(["renewed", "conditional", "denied"]);

    /// <summary>How far off the deadline is: negative days have passed.</summary>
    [Composed]
    public string DaysLeft(int days) => days switch
    {
        < -1 => DaysPassedMany(-days),
        -1 => DaysPassedOne,
        0 => DeadlineToday,
        1 => DaysLeftOne,
        _ => DaysLeftMany(days),
    };
}
