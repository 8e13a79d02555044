namespace Fairtrade.Silo.CalendarFeed;

/// <param name="ExpiresOn">The last day the link works (in the campaign's time zone); none: the longest a link may work (800 days from today).</param>
public sealed record CreateCalendarLinkRequest(DateOnly? ExpiresOn);
