using Fairtrade.Rules.Calendar;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;

namespace Fairtrade.Rules.Forecast;

/// <summary>
/// Why a criterion fails on a day: what stopped counting toward it since the day before, then what it lacks that day.
/// Only what bears on the failure: a shop's running out is named when retail is short, not when catering alone is.
/// </summary>
internal static class ForecastCauses
{
    public static ForecastCause[] Of(CriteriaEvaluator criteria, CriterionResult failing, DateOnly on, IReadOnlySet<string> leftOut)
    {
        var town = criteria.Town;
        var before = on.AddDays(-1);
        var lacking = failing.Gaps.Where(g => g.Reason == ForecastReasons.Missing).Select(g => g.Subject).ToHashSet(StringComparer.Ordinal);
        var stopped = failing.Key switch
        {
            CriterionKeys.Council => EvidenceRunsOut(CriterionKeys.Council, town.CouncilEvidence, before, on),
            CriterionKeys.SteeringGroup => EvidenceRunsOut(CriterionKeys.SteeringGroup, town.SteeringGroupEvidence, before, on),
            CriterionKeys.Media => lacking.Contains("articles") ? ArticlesAgeingOut(town.ArticlesPublishedOn, criteria.Ruleset.Media.WindowMonths, before, on) : [],
            _ => town.Contributions
                .Where(c => lacking.Contains(CriteriaEvaluator.CounterOf(c.Kind)) && c.QualifiesOn(before) && !c.QualifiesOn(on))
                .OrderBy(c => c.Subject, StringComparer.Ordinal)
                .Select(c => Stopped(c, criteria.Ruleset, before, on, leftOut)),
        };
        return [.. stopped, .. failing.Gaps.Select(g => new ForecastCause(g.Subject, null, g.Reason, g.Text, g.Missing))];
    }

    private static ForecastCause Stopped(Contribution contribution, Ruleset ruleset, DateOnly before, DateOnly on, IReadOnlySet<string> leftOut)
    {
        if (EvidenceRunsOut(contribution.Subject, contribution.ApprovedEvidence, before, on).FirstOrDefault() is { } ranOut)
        {
            return ranOut;
        }

        return leftOut.Contains(contribution.Subject) ? new ForecastCause(contribution.Subject, null, ForecastReasons.LeftOut, "left out in this what-if")
            : ParticipantRules.IsCivilSociety(contribution.Kind) ? new ForecastCause(contribution.Subject, null, ForecastReasons.ActivityAgesOut,
                $"its last Fairtrade activity is more than {ruleset.CivilSociety.ActivityWindowMonths} months ago")
            : new ForecastCause(contribution.Subject, null, ForecastReasons.StopsCounting, "it stops counting");
    }

    private static IEnumerable<ForecastCause> EvidenceRunsOut(string subject, IEnumerable<EvidenceFacts> evidence, DateOnly before, DateOnly on)
    {
        var periods = EvidenceFacts.ValidPeriods(evidence);
        if (DatePeriods.AnyContains(periods, before) && !DatePeriods.AnyContains(periods, on))
        {
            yield return new ForecastCause(subject, EvidenceFacts.LastEndingOn(evidence, on), ForecastReasons.EvidenceRunsOut, "its approved evidence runs out");
        }
    }

    private static IEnumerable<ForecastCause> ArticlesAgeingOut(IEnumerable<DateOnly> publishedOn, int months, DateOnly before, DateOnly on) =>
        publishedOn.Where(published => DatePeriod.MonthsFrom(published, months) is var window && window.Contains(before) && !window.Contains(on))
            .Order()
            .Select(published => new ForecastCause("media", null, ForecastReasons.ArticleAgesOut,
                $"the press article published on {published:yyyy-MM-dd} is more than {months} months old", PublishedOn: published));
}
