using Fairtrade.Grains;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Hosting;

/// <summary>What day it is for the campaign: today in the configured time zone.</summary>
public sealed class CampaignCalendar([FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time, IOptions<FairtradeOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);

    /// <summary>An instant as the clock on the campaign's wall shows it.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    /// <summary>The instant a day begins in the campaign's time zone.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, _zone.GetUtcOffset(midnight));
    }
}
