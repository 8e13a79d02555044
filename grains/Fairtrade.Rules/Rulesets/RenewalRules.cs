namespace Fairtrade.Rules.Rulesets;

/// <summary>How the campaign runs a renewal: how long a town has to answer an invitation, and when it is reminded.</summary>
public sealed record RenewalRules
{
    /// <summary>Where a campaign's file names none: the German campaign's 8 weeks and the product's reminder steps.</summary>
    public static readonly RenewalRules Default = new()
    {
        AnswerWeeks = 8,
        ReminderDays = [60, 30, 7, 1],
        Source = "[DERIVED] a ruleset without a renewal section: the German campaign's 8 weeks to answer, reminders 60, 30, 7 and 1 days ahead",
    };

    /// <summary>Weeks from the invitation to the deadline for the town's answer.</summary>
    public required int AnswerWeeks { get; init; }

    /// <summary>Days before the deadline on which the coordinator and the steering group are reminded, largest first.</summary>
    public required int[] ReminderDays { get; init; }

    public required string Source { get; init; }
}
