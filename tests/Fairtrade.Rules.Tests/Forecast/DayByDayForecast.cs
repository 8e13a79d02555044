using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Forecast;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;

namespace Fairtrade.Rules.Tests.Forecast;

/// <summary>
/// The forecast the slow way, as its definition reads: the status of every day from asOf on, until one is not met,
/// and the causes found by comparing that day with the one before, fact by fact.
/// </summary>
internal static class DayByDayForecast
{
    public static TitleForecast Of(TownFacts town, Ruleset ruleset, DateOnly asOf, IReadOnlySet<string> leftOut)
    {
        var facts = town with { Contributions = [.. town.Contributions.Select(c => leftOut.Contains(c.Subject) ? EndedBefore(c, asOf) : c)] };
        var met = StatusCalculator.MetPerDay(facts, ruleset, ProductVocabulary.Default, asOf, asOf.AddDays(365));
        var offset = Array.FindIndex(met, count => count < 5);
        if (offset < 0)
        {
            return new TitleForecast(asOf.AddDays(365), null);
        }

        var on = asOf.AddDays(offset);
        var failing = StatusCalculator.Calculate(facts, ruleset, ProductVocabulary.Default, on).Criteria.First(c => !c.Met);
        var lacking = failing.Required.Where(r => failing.Actual[r.Key] < r.Value).ToArray();
        var causes = Stopped(facts, ruleset, failing, on.AddDays(-1), on, leftOut).ToList();
        causes.AddRange(lacking.Select((r, i) => new ForecastCause(r.Key, null, ForecastReasons.Missing, failing.Gaps[i], r.Value - failing.Actual[r.Key])));
        causes.AddRange(failing.Gaps.Skip(lacking.Length).Select(gap => new ForecastCause(
            failing.Key, null, gap.StartsWith("not published", StringComparison.Ordinal) ? ForecastReasons.Unpublished : ForecastReasons.NoValidEvidence, gap)));
        return new TitleForecast(offset == 0 ? null : on.AddDays(-1), new ForecastFailure(on, failing.Key, [.. causes]));
    }

    private static IEnumerable<ForecastCause> Stopped(TownFacts town, Ruleset ruleset, CriterionStatus failing, DateOnly before, DateOnly on, IReadOnlySet<string> leftOut)
    {
        var lacking = failing.Required.Where(r => failing.Actual[r.Key] < r.Value).Select(r => r.Key).ToHashSet();
        switch (failing.Key)
        {
            case CriterionKeys.Council:
                return RanOut("council", town.CouncilEvidence, before, on);
            case CriterionKeys.SteeringGroup:
                return RanOut("steering-group", town.SteeringGroupEvidence, before, on);
            case CriterionKeys.Media:
                var months = ruleset.Media.WindowMonths;
                return lacking.Contains("articles")
                    ? town.ArticlesPublishedOn.Where(day => day <= before && before < day.AddMonths(months) && on >= day.AddMonths(months)).Order()
                        .Select(day => new ForecastCause("media", null, ForecastReasons.ArticleAgesOut, $"the press article published on {day:yyyy-MM-dd} is more than {months} months old", PublishedOn: day))
                    : [];
            default:
                return town.Contributions
                    .Where(c => lacking.Contains(c.Kind.ToString().ToLowerInvariant()) && c.QualifiesOn(before) && !c.QualifiesOn(on))
                    .OrderBy(c => c.Subject, StringComparer.Ordinal)
                    .Select(c => RanOut(c.Subject, c.ApprovedEvidence, before, on).FirstOrDefault()
                        ?? (leftOut.Contains(c.Subject) ? new ForecastCause(c.Subject, null, ForecastReasons.LeftOut, "left out in this what-if")
                        : ParticipantRules.IsCivilSociety(c.Kind) ? new ForecastCause(c.Subject, null, ForecastReasons.ActivityAgesOut, $"its last Fairtrade activity is more than {ruleset.CivilSociety.ActivityWindowMonths} months ago")
                        : new ForecastCause(c.Subject, null, ForecastReasons.StopsCounting, "it stops counting")));
        }
    }

    private static IEnumerable<ForecastCause> RanOut(string subject, IEnumerable<EvidenceFacts> evidence, DateOnly before, DateOnly on)
    {
        if (evidence.Any(e => e.IsValidOn(before)) && !evidence.Any(e => e.IsValidOn(on)))
        {
            var last = evidence.Where(e => e.IsValidOn(before) && e.ValidUntil == on).Max(e => e.Id);
            yield return new ForecastCause(subject, last, ForecastReasons.EvidenceRunsOut, "its approved evidence runs out");
        }
    }

    private static Contribution EndedBefore(Contribution contribution, DateOnly day) => contribution with
    {
        QualifyingPeriods = [.. contribution.QualifyingPeriods.Where(p => p.From < day).Select(p => p with { Until = p.Until < day ? p.Until : day })],
    };
}
