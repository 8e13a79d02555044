using Fairtrade.Rules.Calendar;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Forecast;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Rules.Status;

/// <summary>
/// The five criteria of one town under one ruleset, on any day: the status reports them, the history counts them and
/// the forecast scans them, all by these same rules. Built once per town, then asked day by day.
/// </summary>
internal sealed class CriteriaEvaluator
{
    private readonly RequirementSet _requirements;
    private readonly IReadOnlySet<ProductCategory> _categories;
    private readonly Gaps.RulesetNumbers _numbers;

    public CriteriaEvaluator(TownFacts town, Ruleset ruleset, ProductVocabulary vocabulary)
    {
        Town = town;
        Ruleset = ruleset;
        _requirements = Requirements.For(ruleset, town.Population);
        _categories = vocabulary.Categories(town.CouncilProducts);
        _numbers = new Gaps.RulesetNumbers(ruleset.RetailCatering.MinRetailProducts, ruleset.RetailCatering.MinCateringProducts, ruleset.CivilSociety.ActivityWindowMonths, ruleset.Media.WindowMonths);
    }

    public TownFacts Town { get; }

    public Ruleset Ruleset { get; }

    /// <summary>The counter a participant of this kind counts toward (<c>retail</c>, <c>school</c>…).</summary>
    public static string CounterOf(ParticipantKind kind) => kind switch
    {
        ParticipantKind.Retail => "retail",
        ParticipantKind.Catering => "catering",
        ParticipantKind.School => "school",
        ParticipantKind.Club => "club",
        ParticipantKind.Faith => "faith",
        _ => "none",
    };

    /// <summary>Each criterion on the day, in the ruleset's order.</summary>
    public CriterionResult[] On(DateOnly day)
    {
        var counting = new int[Enum.GetValues<ParticipantKind>().Length];
        foreach (var contribution in Town.Contributions)
        {
            if (contribution.QualifiesOn(day))
            {
                counting[(int)contribution.Kind]++;
            }
        }

        return On(day, counting);
    }

    /// <param name="counting">How many participants of each kind (indexed by <see cref="ParticipantKind"/>) count on the day.</param>
    public CriterionResult[] On(DateOnly day, IReadOnlyList<int> counting)
    {
        int Counted(ParticipantKind kind) => counting[(int)kind];
        var actual = new Dictionary<string, Dictionary<string, int>>
        {
            [CriterionKeys.Council] = new()
            {
                ["resolution"] = Town.ResolutionAdoptedOn <= day ? 1 : 0,
                ["coffee"] = _categories.Contains(ProductCategory.Coffee) ? 1 : 0,
                ["otherProducts"] = _categories.Count(c => c != ProductCategory.Coffee),
                ["products"] = _categories.Count,
            },
            [CriterionKeys.SteeringGroup] = new() { ["members"] = Town.SteeringGroupMembers },
            [CriterionKeys.RetailCatering] = new() { ["retail"] = Counted(ParticipantKind.Retail), ["catering"] = Counted(ParticipantKind.Catering) },
            [CriterionKeys.CivilSociety] = new()
            {
                ["school"] = Counted(ParticipantKind.School),
                ["club"] = Counted(ParticipantKind.Club),
                ["faith"] = Counted(ParticipantKind.Faith),
            },
            [CriterionKeys.Media] = new()
            {
                ["articles"] = Town.ArticlesPublishedOn.Count(published => DatePeriod.MonthsFrom(published, Ruleset.Media.WindowMonths).Contains(day)),
            },
        };

        return [.. _requirements.Criteria.Select(criterion =>
        {
            var required = criterion.Value;
            var counted = required.Keys.ToDictionary(counter => counter, counter => actual[criterion.Key][counter]);
            CriterionGap[] gaps = [.. required.Where(r => counted[r.Key] < r.Value)
                .Select(r => new CriterionGap(r.Key, ForecastReasons.Missing, r.Value - counted[r.Key], Gaps.Describe(r.Key, r.Value - counted[r.Key], _numbers))),
                .. OtherGaps(criterion.Key, day)];
            return new CriterionResult(criterion.Key, required, counted, gaps);
        })];
    }

    /// <summary>What a criterion lacks besides its counts: valid evidence, or a number the campaign does not publish.</summary>
    private IEnumerable<CriterionGap> OtherGaps(string criterion, DateOnly day)
    {
        var (evidence, missing) = criterion switch
        {
            CriterionKeys.Council => (Town.CouncilEvidence, $"approved evidence of the council resolution, valid on {day:yyyy-MM-dd}"),
            CriterionKeys.SteeringGroup => (Town.SteeringGroupEvidence, $"an approved member list of the steering group, valid on {day:yyyy-MM-dd}"),
            _ => ((IReadOnlyCollection<EvidenceFacts>?)null, ""),
        };
        if (evidence is not null && !evidence.Any(e => e.IsValidOn(day)))
        {
            yield return new CriterionGap(criterion, ForecastReasons.NoValidEvidence, null, missing);
        }

        foreach (var reason in _requirements.Unpublished.Where(r => CriterionOf(r) == criterion))
        {
            yield return new CriterionGap(criterion, ForecastReasons.Unpublished, null, $"not published by the campaign for this population ({reason})");
        }
    }

    private static string CriterionOf(string unpublished) =>
        unpublished.StartsWith("retail", StringComparison.Ordinal) || unpublished.StartsWith("catering", StringComparison.Ordinal) ? CriterionKeys.RetailCatering : CriterionKeys.CivilSociety;
}
