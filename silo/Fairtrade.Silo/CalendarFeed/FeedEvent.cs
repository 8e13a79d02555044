namespace Fairtrade.Silo.CalendarFeed;

/// <summary>One all-day event of a town's calendar feed.</summary>
/// <param name="Uid">The same on every fetch for as long as the event is about the same thing.</param>
public sealed record FeedEvent(string Uid, DateOnly Day, string Summary);
