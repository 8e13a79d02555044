using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Forecast;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Rules.Status;

/// <summary>
/// The certification status: a pure function of the town's facts, its ruleset and a day. Same facts and day, same
/// answer; anything that changes with time (expiry, articles ageing out, renewal) is read off the day.
/// </summary>
public static class StatusCalculator
{
    public static StatusReport Calculate(TownFacts town, Ruleset ruleset, ProductVocabulary vocabulary, DateOnly asOf)
    {
        var evaluator = new CriteriaEvaluator(town, ruleset, vocabulary);
        var criteria = evaluator.On(asOf);
        var title = TitleCalculator.On(town.TitleAwardedOn, town.LastRenewedOn, ruleset.Title, asOf);
        var overall = OverallStatus.NotMet;
        if (criteria.All(c => c.Met))
        {
            var later = evaluator.On(asOf.AddDays(ruleset.AtRiskHorizonDays));
            overall = later.All(c => c.Met) && title.State is TitleState.Candidate or TitleState.Awarded ? OverallStatus.Met : OverallStatus.AtRisk;
        }

        return new StatusReport(town.Slug, ruleset.Id, asOf, overall, [.. criteria.Select(c => c.ToStatus())], ExpiringSoon(town, ruleset, asOf), title,
            ForecastCalculator.Forecast(evaluator, asOf, ForecastCalculator.NoneLeftOut));
    }

    /// <summary>
    /// How many criteria are met on each day from <paramref name="from"/> to <paramref name="to"/>: the status history,
    /// by the same criteria as <see cref="Calculate"/>, without what only a single day's report needs.
    /// </summary>
    public static int[] MetPerDay(TownFacts town, Ruleset ruleset, ProductVocabulary vocabulary, DateOnly from, DateOnly to)
    {
        var evaluator = new CriteriaEvaluator(town, ruleset, vocabulary);
        return [.. Enumerable.Range(0, Math.Max(0, to.DayNumber - from.DayNumber + 1))
            .Select(offset => evaluator.On(from.AddDays(offset)).Count(c => c.Met))];
    }

    private static ExpiringEvidence[] ExpiringSoon(TownFacts town, Ruleset ruleset, DateOnly asOf)
    {
        // A participant archived or short of products that day is not counted, so neither is its evidence running out.
        var subjects = town.Contributions.Where(c => c.IsEligibleOn(asOf)).Select(c => (c.Subject, (IReadOnlyCollection<EvidenceFacts>)c.ApprovedEvidence))
            .Append(("council", town.CouncilEvidence))
            .Append(("steering-group", town.SteeringGroupEvidence));
        var horizon = asOf.AddDays(ruleset.ExpiringSoonDays);
        var expiring = new List<ExpiringEvidence>();
        foreach (var (subject, evidence) in subjects)
        {
            var coverage = EvidenceFacts.ValidPeriods(evidence).FirstOrDefault(p => p.Contains(asOf));
            if (coverage is not null && coverage.Until <= horizon)
            {
                expiring.Add(new ExpiringEvidence(subject, EvidenceFacts.LastEndingOn(evidence, coverage.Until)!, coverage.Until));
            }
        }

        return [.. expiring.OrderBy(e => e.ValidUntil).ThenBy(e => e.Subject, StringComparer.Ordinal)];
    }
}
