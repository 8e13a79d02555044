using System.Globalization;
using Fairtrade.Rules.Evidence;

namespace Fairtrade.Silo.Web;

/// <summary>
/// Dates and times as people read them: in their language's format, times on the campaign's clock, and evidence's
/// validity as the last day it counts (the data keeps the first day it no longer does).
/// </summary>
public sealed class PageDates(string language, CampaignCalendar calendar)
{
    // French and Italian are spoken by the Swiss campaign, so their dates are written the Swiss way (09.01.2027).
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(language switch
    {
        "de" => "de-DE",
        "fr" => "fr-CH",
        "it" => "it-CH",
        _ => "en-GB",
    });

    public string Day(DateOnly day) => day.ToString("d", _culture);

    /// <summary>A day with its month in words, for sentences: "16 Jan 2027", "16. Jan. 2027", "16 janv. 2027", "16 gen 2027".</summary>
    public string LongDay(DateOnly day) => day.ToString(_culture.Name == "de-DE" ? "d. MMM yyyy" : "d MMM yyyy", _culture);

    public string Day(DateTimeOffset instant) => DateOnly.FromDateTime(calendar.Local(instant).DateTime).ToString("d", _culture);

    public string Moment(DateTimeOffset instant) => calendar.Local(instant).ToString("g", _culture);

    /// <summary>The last day a link or token works, given the instant it stops.</summary>
    public string LastDay(DateTimeOffset expiresAt) => Day(expiresAt.AddTicks(-1));

    /// <summary>The last day evidence counts, given the day it stops counting.</summary>
    public string LastValidDay(DateOnly validUntil) => Day(EvidenceFacts.LastValidDayBefore(validUntil));
}
