using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Fairtrade.Silo.CalendarFeed;

/// <summary>A town's calendar feed as RFC 5545 text, written by Ical.Net (escaping, line folding, all-day dates).</summary>
public static class FeedWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The dates change at most once a day: apps that read these hints ask twice a day.</summary>
    private const string RefreshInterval = "PT12H";

    public static string Write(string name, IEnumerable<FeedEvent> events, DateTimeOffset stamp)
    {
        var calendar = new Calendar { ProductId = "-//Fairtrade Town tracker//Calendar feed//EN", Method = "PUBLISH" };
        var refresh = new CalendarProperty("REFRESH-INTERVAL", RefreshInterval);
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.Properties.Add(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", RefreshInterval);
        calendar.AddProperty("X-WR-CALNAME", name);
        var dtStamp = new CalDateTime(stamp.UtcDateTime);
        foreach (var e in events)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = e.Uid,
                Summary = e.Summary,
                DtStamp = dtStamp,
                Start = new CalDateTime(e.Day),
                End = new CalDateTime(e.Day.AddDays(1)),

                // A date to keep in mind, not an appointment: it makes nobody busy.
                Transparency = TransparencyType.Transparent,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
