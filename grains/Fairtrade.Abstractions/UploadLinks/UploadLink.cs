using Fairtrade.Abstractions.Security;

namespace Fairtrade.Abstractions.UploadLinks;

/// <summary>
/// A link through which one participant sends its own evidence. Only the SHA-256 of its secret is kept; the secret
/// itself is shown once, when the link is made.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.UploadLink")]
public sealed record UploadLink(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("secretHash")] string SecretHash,
    [property: Id(2), JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: Id(3), JsonPropertyName("createdBy")] string CreatedBy,
    [property: Id(4), JsonPropertyName("expiresAt")] DateTimeOffset? ExpiresAt,
    [property: Id(5), JsonPropertyName("revokedAt")] DateTimeOffset? RevokedAt,
    [property: Id(6), JsonPropertyName("lastUsedAt")] DateTimeOffset? LastUsedAt) : IRevocableSecret<UploadLink>
{
    /// <summary>A title period (two years in Germany) and a little: a printed QR code works until the next renewal.</summary>
    public static TimeSpan MaxLifetime { get; } = TimeSpan.FromDays(800);

    public UploadLink Revoked(DateTimeOffset at) => this with { RevokedAt = at };

    public UploadLink UsedAt(DateTimeOffset at) => this with { LastUsedAt = at };
}
