namespace Fairtrade.Grains;

/// <summary>What day it is for the campaign: today in its time zone, on the campaign's clock.</summary>
public sealed class CampaignCalendar(TimeProvider time, TimeZoneInfo zone)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => DayOf(time.GetUtcNow());

    /// <summary>The day an instant falls on in the campaign's time zone.</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>An instant as the clock on the campaign's wall shows it.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>The instant a day begins in the campaign's time zone.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}
