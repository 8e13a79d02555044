using Fairtrade.Abstractions.Security;

namespace Fairtrade.Abstractions.CalendarFeed;

/// <summary>
/// A link to a town's calendar feed, for a calendar app to subscribe to. Only the SHA-256 of its secret is kept; the
/// link itself is shown once, when it is made.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.CalendarLink")]
public sealed record CalendarLink(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("secretHash")] string SecretHash,
    [property: Id(2), JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: Id(3), JsonPropertyName("createdBy")] string CreatedBy,
    [property: Id(4), JsonPropertyName("expiresAt")] DateTimeOffset? ExpiresAt,
    [property: Id(5), JsonPropertyName("revokedAt")] DateTimeOffset? RevokedAt,
    [property: Id(6), JsonPropertyName("lastUsedAt")] DateTimeOffset? LastUsedAt) : IRevocableSecret<CalendarLink>
{
    /// <summary>As an upload link: a title period (two years in Germany) and a little, so a subscription lasts until the next renewal.</summary>
    public static TimeSpan MaxLifetime { get; } = TimeSpan.FromDays(800);

    public CalendarLink Revoked(DateTimeOffset at) => this with { RevokedAt = at };

    public CalendarLink UsedAt(DateTimeOffset at) => this with { LastUsedAt = at };
}
