namespace Fairtrade.Abstractions.Accounts;

/// <summary>A browser session of an account: the cookie names it, the account keeps it, signing out ends it.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.AccountSession")]
public sealed record AccountSession(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("startedAt")] DateTimeOffset StartedAt)
{
    /// <summary>However often a session is used, after this it ends and the person signs in again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);
}
