using System.Globalization;

namespace Fairtrade.Silo.Http;

/// <summary>Days from query strings and form fields, strictly <c>yyyy-MM-dd</c> as docs/api.md fixes, once <see cref="DayAttribute"/> has let them through.</summary>
public static class Days
{
    public static DateOnly AsOf(string? value, CampaignCalendar calendar) => Parse(value) ?? calendar.Today;

    /// <summary>
    /// Whether a day is further ahead than what has happened may be dated: evidence, activities and articles may
    /// carry tomorrow's date (a shop's evening is the campaign's next day), no later.
    /// </summary>
    public static bool IsPastTomorrow(DateOnly? day, DateOnly today) => day > today.AddDays(1);

    /// <summary>The day a checked text names; null when absent. An unchecked bad text is a defect here, not the client's.</summary>
    public static DateOnly? Parse(string? value) =>
        string.IsNullOrEmpty(value) ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
