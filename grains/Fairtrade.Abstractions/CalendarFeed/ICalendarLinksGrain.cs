namespace Fairtrade.Abstractions.CalendarFeed;

/// <summary>
/// The links to a town's calendar feed (key: the town's slug). Made, revoked and checked here alone, each change in
/// the town's audit trail. The caller makes sure the town exists before it asks.
/// </summary>
[Alias("fairtrade.ICalendarLinksGrain")]
public interface ICalendarLinksGrain : IGrainWithStringKey
{
    /// <summary>A new link under an id of the grain's choosing; <paramref name="secretHash"/> is the SHA-256 of its secret, lowercase hex.</summary>
    [Alias("Create")]
    Task<CalendarLink> CreateAsync(string secretHash, DateTimeOffset? expiresAt, string actor);

    [Alias("GetLinks")]
    Task<CalendarLink[]> GetLinksAsync();

    /// <summary>Revokes the link; false if there is no such link.</summary>
    [Alias("Revoke")]
    Task<bool> RevokeAsync(string linkId, string actor);

    /// <summary>Whether the secret's hash opens a working link (not revoked, not expired); compared in constant time.</summary>
    [Alias("Opens")]
    Task<bool> OpensAsync(string linkId, string secretHash);
}
