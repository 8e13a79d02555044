namespace Fairtrade.Rules.Calendar;

/// <summary>Set operations on lists of periods; results are sorted, disjoint and never touch.</summary>
public static class DatePeriods
{
    public static DatePeriod[] Union(IEnumerable<DatePeriod> periods)
    {
        var merged = new List<DatePeriod>();
        foreach (var period in periods.Where(p => !p.IsEmpty).OrderBy(p => p.From))
        {
            if (merged.Count > 0 && period.From <= merged[^1].Until)
            {
                var last = merged[^1];
                merged[^1] = last with { Until = Max(last.Until, period.Until) };
            }
            else
            {
                merged.Add(period);
            }
        }

        return [.. merged];
    }

    public static DatePeriod[] Intersect(IEnumerable<DatePeriod> left, IEnumerable<DatePeriod> right)
    {
        var a = Union(left);
        var b = Union(right);
        var result = new List<DatePeriod>();
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var overlap = new DatePeriod(Max(a[i].From, b[j].From), Min(a[i].Until, b[j].Until));
            if (!overlap.IsEmpty)
            {
                result.Add(overlap);
            }

            if (a[i].Until <= b[j].Until)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return [.. result];
    }

    public static bool AnyContains(IEnumerable<DatePeriod> periods, DateOnly day) => periods.Any(p => p.Contains(day));

    // The status and the forecast ask this of every participant on every day they look at: no allocation.
    public static bool AnyContains(DatePeriod[] periods, DateOnly day)
    {
        foreach (var period in periods)
        {
            if (period.Contains(day))
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
