using Fairtrade.Rules.Calendar;
using Fairtrade.Rules.Status;

namespace Fairtrade.Rules.Forecast;

/// <summary>
/// The days on which anything the criteria read can change: a participant starting or stopping to count, council or
/// steering-group evidence starting or ending, an article entering or leaving the media window, the resolution taking
/// effect. Between two of them every criterion is what it was on the first, so these are the only days to look at.
/// </summary>
internal static class ChangePoints
{
    /// <summary><paramref name="first"/>, then each change point after it up to <paramref name="last"/>, ascending and once each.</summary>
    public static IEnumerable<DateOnly> Between(TownFacts town, int mediaWindowMonths, DateOnly first, DateOnly last)
    {
        var days = new SortedSet<DateOnly> { first };
        void Add(DateOnly day)
        {
            if (day > first && day <= last)
            {
                days.Add(day);
            }
        }

        foreach (var period in town.Contributions.SelectMany(c => c.QualifyingPeriods)
            .Concat(town.CouncilEvidence.Concat(town.SteeringGroupEvidence).Select(e => e.Period))
            .Concat(town.ArticlesPublishedOn.Select(published => DatePeriod.MonthsFrom(published, mediaWindowMonths))))
        {
            Add(period.From);
            Add(period.Until);
        }

        if (town.ResolutionAdoptedOn is { } adopted)
        {
            Add(adopted);
        }

        return days;
    }
}
