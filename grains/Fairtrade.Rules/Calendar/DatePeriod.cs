namespace Fairtrade.Rules.Calendar;

/// <summary>A half-open run of days: <see cref="From"/> counts, <see cref="Until"/> no longer does.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.DatePeriod")]
public sealed record DatePeriod(
    [property: Id(0), JsonPropertyName("from")] DateOnly From,
    [property: Id(1), JsonPropertyName("until")] DateOnly Until)
{
    public bool Contains(DateOnly day) => From <= day && day < Until;

    [JsonPropertyName("isEmpty")]
    public bool IsEmpty => Until <= From;

    /// <summary>The window in which something dated <paramref name="day"/> still counts: that day and the following months.</summary>
    public static DatePeriod MonthsFrom(DateOnly day, int months) => new(day, day.AddMonths(months));
}
