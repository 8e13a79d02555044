using Fairtrade.Abstractions.CalendarFeed;

namespace Fairtrade.Silo.CalendarFeed;

/// <summary>A calendar link as its town's readers list it: never its url or secret.</summary>
public sealed record CalendarLinkResponse(string Id, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? ExpiresAt, bool Revoked, DateTimeOffset? LastUsedAt)
{
    public static CalendarLinkResponse From(CalendarLink link) =>
        new(link.Id, link.CreatedAt, link.CreatedBy, link.ExpiresAt, link.RevokedAt is not null, link.LastUsedAt);
}
