namespace Fairtrade.Silo.Accounts;

/// <summary>The new token with its value, shown this once.</summary>
public sealed record CreatedApiTokenResponse(string Id, string Name, string Token, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);
