using Fairtrade.Abstractions.Security;

namespace Fairtrade.Abstractions.Accounts;

/// <summary>A personal API token for scripts and the command-line client. Only the SHA-256 of its secret is kept.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ApiToken")]
public sealed record ApiToken(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("name")] string Name,
    [property: Id(2), JsonPropertyName("secretHash")] string SecretHash,
    [property: Id(3), JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: Id(4), JsonPropertyName("expiresAt")] DateTimeOffset? ExpiresAt,
    [property: Id(5), JsonPropertyName("revokedAt")] DateTimeOffset? RevokedAt,
    [property: Id(6), JsonPropertyName("lastUsedAt")] DateTimeOffset? LastUsedAt) : IRevocableSecret<ApiToken>
{
    /// <summary>A year: a script's token is renewed at least once a year, so a leaked one does not work for ever.</summary>
    public static TimeSpan MaxLifetime { get; } = TimeSpan.FromDays(366);

    public ApiToken Revoked(DateTimeOffset at) => this with { RevokedAt = at };

    public ApiToken UsedAt(DateTimeOffset at) => this with { LastUsedAt = at };
}
