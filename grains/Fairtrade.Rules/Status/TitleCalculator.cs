using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Rules.Status;

/// <summary>The title's state on a day, from its two dates alone: the town's status and the campaign's console agree by using this one.</summary>
public static class TitleCalculator
{
    public static TitleStatus On(DateOnly? awardedOn, DateOnly? lastRenewedOn, TitleRules rules, DateOnly asOf)
    {
        if (awardedOn is not { } awarded || awarded > asOf)
        {
            return new TitleStatus(TitleState.Candidate, null, null);
        }

        // A renewal counts from its day on: asked for an earlier day, the title stands as it stood then.
        var renewed = lastRenewedOn is { } on && on <= asOf && on >= awarded;
        var since = renewed ? lastRenewedOn!.Value : awarded;
        var due = since.AddMonths(rules.MonthsOf(renewed));
        var state = asOf > due ? TitleState.Lapsed
            : asOf >= due.AddDays(-7 * rules.RenewalWindowWeeks) ? TitleState.RenewalDue
            : TitleState.Awarded;
        return new TitleStatus(state, awarded, due);
    }
}
