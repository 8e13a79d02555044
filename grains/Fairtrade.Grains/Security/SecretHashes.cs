using System.Security.Cryptography;

namespace Fairtrade.Grains.Security;

/// <summary>Compares the SHA-256 of a presented secret with the stored one, in constant time, for upload links and API tokens alike.</summary>
internal static class SecretHashes
{
    public static bool Same(string storedHex, string candidateHex) =>
        candidateHex.Length == storedHex.Length && candidateHex.All(char.IsAsciiHexDigitLower)
        && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(storedHex), Convert.FromHexString(candidateHex));

    /// <summary>A caller's phone or script may poll; noting every use of a credential would write on every read.</summary>
    public static readonly TimeSpan UseResolution = TimeSpan.FromMinutes(1);
}
