namespace Fairtrade.Abstractions.Security;

/// <summary>
/// A credential kept only as the SHA-256 of its secret, that may expire and be revoked, and remembers when it was last
/// used: upload links and personal API tokens alike.
/// </summary>
public interface IRevocableSecret<out TSelf> where TSelf : IRevocableSecret<TSelf>
{
    string Id { get; }

    string SecretHash { get; }

    DateTimeOffset? ExpiresAt { get; }

    DateTimeOffset? RevokedAt { get; }

    DateTimeOffset? LastUsedAt { get; }

    TSelf Revoked(DateTimeOffset at);

    TSelf UsedAt(DateTimeOffset at);

    bool WorksAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || now < ExpiresAt);
}
