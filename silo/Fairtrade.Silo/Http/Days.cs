using Fairtrade.Grains;

namespace Fairtrade.Silo.Http;

/// <summary>Dates from query strings: strictly <c>yyyy-MM-dd</c>, as docs/api.md fixes.</summary>
public static class Days
{
    public static DateOnly AsOf(string? value, CampaignCalendar calendar) => Parse(value, "asOf") ?? calendar.Today;

    /// <summary>
    /// Whether a day is further ahead than what has happened may be dated: evidence, activities and articles may
    /// carry tomorrow's date (a shop's evening is the campaign's next day), no later.
    /// </summary>
    public static bool IsPastTomorrow(DateOnly? day, DateOnly today) => day > today.AddDays(1);

    public static DateOnly? Parse(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!CampaignDates.TryParse(value, out var day))
        {
            throw new FieldException(field, ValidationTexts.Current.NotADate(value));
        }

        return CampaignDates.Holds(day) ? day : throw new FieldException(field, ValidationTexts.Current.DateOutside(value, CampaignDates.Range));
    }
}
