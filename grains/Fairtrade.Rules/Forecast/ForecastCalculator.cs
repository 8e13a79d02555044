using Fairtrade.Rules.Calendar;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;

namespace Fairtrade.Rules.Forecast;

/// <summary>
/// The forecast: the last day every criterion is still met as things stand, and what fails the day after. The status
/// is a pure function of the facts and a day, and the facts change only on their change points, so the criteria are
/// evaluated on those days alone, never day by day.
/// </summary>
public static class ForecastCalculator
{
    /// <summary>How far the forecast looks: asOf and the 365 days after it.</summary>
    public const int HorizonDays = 365;

    internal static readonly IReadOnlySet<string> NoneLeftOut = new HashSet<string>();

    /// <param name="leftOut">
    /// The what-if: participants treated as no longer counting from <paramref name="asOf"/> on ("what if the Weltladen
    /// closes?"); unknown ids change nothing.
    /// </param>
    public static TitleForecast Forecast(TownFacts town, Ruleset ruleset, ProductVocabulary vocabulary, DateOnly asOf, IReadOnlySet<string>? leftOut = null)
    {
        leftOut ??= NoneLeftOut;
        var facts = leftOut.Count == 0 ? town : town with
        {
            Contributions = [.. town.Contributions.Select(c => leftOut.Contains(c.Subject)
                ? c with { QualifyingPeriods = DatePeriods.Intersect(c.QualifyingPeriods, [new DatePeriod(DateOnly.MinValue, asOf)]) }
                : c)],
        };
        return Forecast(new CriteriaEvaluator(facts, ruleset, vocabulary), asOf, leftOut);
    }

    internal static TitleForecast Forecast(CriteriaEvaluator criteria, DateOnly asOf, IReadOnlySet<string> leftOut)
    {
        var last = asOf.AddDays(HorizonDays);
        var counts = new QualifyingCounts(criteria.Town.Contributions);
        foreach (var day in ChangePoints.Between(criteria.Town, criteria.Ruleset.Media.WindowMonths, asOf, last))
        {
            if (criteria.On(day, counts.On(day)).FirstOrDefault(c => !c.Met) is { } failing)
            {
                return new TitleForecast(day == asOf ? null : day.AddDays(-1), new ForecastFailure(day, failing.Key, ForecastCauses.Of(criteria, failing, day, leftOut)));
            }
        }

        return new TitleForecast(last, null);
    }
}
