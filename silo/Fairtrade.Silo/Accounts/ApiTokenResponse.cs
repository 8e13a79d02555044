using Fairtrade.Abstractions.Accounts;

namespace Fairtrade.Silo.Accounts;

/// <summary>A token as listed: never its secret, which is shown once when it is made.</summary>
public sealed record ApiTokenResponse(string Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, bool Revoked, DateTimeOffset? LastUsedAt)
{
    public static ApiTokenResponse From(ApiToken token) =>
        new(token.Id, token.Name, token.CreatedAt, token.ExpiresAt, token.RevokedAt is not null, token.LastUsedAt);
}
