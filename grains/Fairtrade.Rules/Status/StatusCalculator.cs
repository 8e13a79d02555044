using Fairtrade.Rules.Calendar;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
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
        var requirements = Requirements.For(ruleset, town.Population);
        var criteria = Criteria(town, ruleset, requirements, vocabulary, asOf);
        var title = TitleCalculator.On(town.TitleAwardedOn, town.LastRenewedOn, ruleset.Title, asOf);
        var overall = OverallStatus.NotMet;
        if (criteria.All(c => c.Met))
        {
            var later = Criteria(town, ruleset, requirements, vocabulary, asOf.AddDays(ruleset.AtRiskHorizonDays));
            overall = later.All(c => c.Met) && title.State is TitleState.Candidate or TitleState.Awarded ? OverallStatus.Met : OverallStatus.AtRisk;
        }

        return new StatusReport(town.Slug, ruleset.Id, asOf, overall, criteria, ExpiringSoon(town, ruleset, asOf), title);
    }

    /// <summary>
    /// How many criteria are met on each day from <paramref name="from"/> to <paramref name="to"/>: the status history,
    /// by the same criteria as <see cref="Calculate"/>, without what only a single day's report needs.
    /// </summary>
    public static int[] MetPerDay(TownFacts town, Ruleset ruleset, ProductVocabulary vocabulary, DateOnly from, DateOnly to)
    {
        var requirements = Requirements.For(ruleset, town.Population);
        return [.. Enumerable.Range(0, Math.Max(0, to.DayNumber - from.DayNumber + 1))
            .Select(offset => Criteria(town, ruleset, requirements, vocabulary, from.AddDays(offset)).Count(c => c.Met))];
    }

    private static CriterionStatus[] Criteria(TownFacts town, Ruleset ruleset, RequirementSet requirements, ProductVocabulary vocabulary, DateOnly asOf)
    {
        var categories = vocabulary.Categories(town.CouncilProducts);
        var counting = town.Contributions.Where(c => c.QualifiesOn(asOf)).GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());
        int Counted(ParticipantKind kind) => counting.GetValueOrDefault(kind);

        var actual = new Dictionary<string, Dictionary<string, int>>
        {
            [CriterionKeys.Council] = new()
            {
                ["resolution"] = town.ResolutionAdoptedOn <= asOf ? 1 : 0,
                ["coffee"] = categories.Contains(ProductCategory.Coffee) ? 1 : 0,
                ["otherProducts"] = categories.Count(c => c != ProductCategory.Coffee),
                ["products"] = categories.Count,
            },
            [CriterionKeys.SteeringGroup] = new() { ["members"] = town.SteeringGroupMembers },
            [CriterionKeys.RetailCatering] = new() { ["retail"] = Counted(ParticipantKind.Retail), ["catering"] = Counted(ParticipantKind.Catering) },
            [CriterionKeys.CivilSociety] = new()
            {
                ["school"] = Counted(ParticipantKind.School),
                ["club"] = Counted(ParticipantKind.Club),
                ["faith"] = Counted(ParticipantKind.Faith),
            },
            [CriterionKeys.Media] = new()
            {
                ["articles"] = town.ArticlesPublishedOn.Count(day => DatePeriod.MonthsFrom(day, ruleset.Media.WindowMonths).Contains(asOf)),
            },
        };
        var extraGaps = new Dictionary<string, List<string>>
        {
            [CriterionKeys.Council] = EvidenceGap(town.CouncilEvidence, asOf, $"approved evidence of the council resolution, valid on {asOf:yyyy-MM-dd}"),
            [CriterionKeys.SteeringGroup] = EvidenceGap(town.SteeringGroupEvidence, asOf, $"an approved member list of the steering group, valid on {asOf:yyyy-MM-dd}"),
            [CriterionKeys.RetailCatering] = [],
            [CriterionKeys.CivilSociety] = [],
            [CriterionKeys.Media] = [],
        };
        foreach (var reason in requirements.Unpublished)
        {
            var key = reason.StartsWith("retail", StringComparison.Ordinal) || reason.StartsWith("catering", StringComparison.Ordinal) ? CriterionKeys.RetailCatering : CriterionKeys.CivilSociety;
            extraGaps[key].Add($"not published by the campaign for this population ({reason})");
        }

        var numbers = new Gaps.RulesetNumbers(ruleset.RetailCatering.MinRetailProducts, ruleset.RetailCatering.MinCateringProducts, ruleset.CivilSociety.ActivityWindowMonths, ruleset.Media.WindowMonths);
        return [.. requirements.Criteria.Select(criterion =>
        {
            var required = criterion.Value;
            var counted = required.Keys.ToDictionary(counter => counter, counter => actual[criterion.Key][counter]);
            var gaps = required.Where(r => counted[r.Key] < r.Value)
                .Select(r => Gaps.Describe(r.Key, r.Value - counted[r.Key], numbers))
                .Concat(extraGaps[criterion.Key]).ToArray();
            return new CriterionStatus(criterion.Key, CriterionKeys.Titles[criterion.Key], gaps.Length == 0, new Dictionary<string, int>(required), counted, gaps);
        })];
    }

    private static List<string> EvidenceGap(IEnumerable<EvidenceFacts> evidence, DateOnly asOf, string missing) =>
        evidence.Any(e => e.IsValidOn(asOf)) ? [] : [missing];

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
                var last = evidence.Where(e => e.Status == EvidenceStatus.Approved && e.ValidUntil == coverage.Until).Max(e => e.Id)!;
                expiring.Add(new ExpiringEvidence(subject, last, coverage.Until));
            }
        }

        return [.. expiring.OrderBy(e => e.ValidUntil).ThenBy(e => e.Subject, StringComparer.Ordinal)];
    }
}
