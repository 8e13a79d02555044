namespace Fairtrade.Abstractions.Security;

/// <summary>
/// A credential kept only as the SHA-256 of its secret, that may expire and be revoked, and remembers when it was last
/// used: upload links and personal API tokens alike.
/// </summary>
public interface IRevocableSecret<out TSelf> where TSelf : IRevocableSecret<TSelf>
{
    string Id { get; }

    string SecretHash { get; }

    DateTimeOffset CreatedAt { get; }

    DateTimeOffset? ExpiresAt { get; }

    DateTimeOffset? RevokedAt { get; }

    DateTimeOffset? LastUsedAt { get; }

    TSelf Revoked(DateTimeOffset at);

    TSelf UsedAt(DateTimeOffset at);

    /// <summary>However it was made, the credential stops working this long after it was made, so a forgotten one does not work for ever.</summary>
    static abstract TimeSpan MaxLifetime { get; }

    bool WorksAt(DateTimeOffset now) => RevokedAt is null && now < (ExpiresAt ?? DateTimeOffset.MaxValue) && now < CreatedAt + TSelf.MaxLifetime;
}
