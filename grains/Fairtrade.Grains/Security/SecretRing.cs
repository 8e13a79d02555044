using System.Security.Cryptography;
using Fairtrade.Abstractions.Security;

namespace Fairtrade.Grains.Security;

/// <summary>
/// Revokes and checks the hashed credentials a grain keeps (a participant's upload links, a person's API tokens), in
/// one way for all: constant-time comparison, expiry, revocation, and the last use noted at most once a minute.
/// </summary>
internal sealed class SecretRing<T>(List<T> secrets) where T : IRevocableSecret<T>
{
    // A shop's phone or a script may poll; noting every use would write on every read.
    private static readonly TimeSpan UseResolution = TimeSpan.FromMinutes(1);

    /// <summary>Null if there is no such credential; else whether this revoked it (false: it was revoked already).</summary>
    public bool? Revoke(string id, DateTimeOffset now)
    {
        var index = secrets.FindIndex(s => s.Id == id);
        if (index < 0)
        {
            return null;
        }

        if (secrets[index].RevokedAt is not null)
        {
            return false;
        }

        secrets[index] = secrets[index].Revoked(now);
        return true;
    }

    public void RevokeAll(DateTimeOffset now)
    {
        for (var i = 0; i < secrets.Count; i++)
        {
            secrets[i] = secrets[i].RevokedAt is null ? secrets[i].Revoked(now) : secrets[i];
        }
    }

    /// <summary>Whether the secret's hash opens a working credential; <paramref name="noted"/> says its last use was recorded.</summary>
    public bool Opens(string id, string secretHash, DateTimeOffset now, out bool noted)
    {
        noted = false;
        var index = secrets.FindIndex(s => s.Id == id);
        if (index < 0 || !secrets[index].WorksAt(now) || !SameHash(secrets[index].SecretHash, secretHash))
        {
            return false;
        }

        if (secrets[index].LastUsedAt is not { } last || now - last >= UseResolution)
        {
            secrets[index] = secrets[index].UsedAt(now);
            noted = true;
        }

        return true;
    }

    private static bool SameHash(string storedHex, string candidateHex) =>
        candidateHex.Length == storedHex.Length && candidateHex.All(char.IsAsciiHexDigitLower)
        && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(storedHex), Convert.FromHexString(candidateHex));
}
