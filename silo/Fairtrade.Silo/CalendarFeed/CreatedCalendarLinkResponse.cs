namespace Fairtrade.Silo.CalendarFeed;

/// <summary>A new calendar link; the only answer that ever contains its url, which holds the link's secret.</summary>
/// <param name="Url">The feed (RFC 5545) to subscribe to in a calendar app; it needs no other credential.</param>
public sealed record CreatedCalendarLinkResponse(string Id, string Url, DateTimeOffset? ExpiresAt);
