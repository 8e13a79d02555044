using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Fairtrade.Silo.Security;

/// <summary>The secret part of upload-link and API tokens: 256 random bits, Base64url; only its SHA-256 is ever stored.</summary>
public static class TokenSecret
{
    public const int Length = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    public static bool LooksValid(string secret) =>
        secret.Length == Length && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Token ids: 16 lower-case hex digits.</summary>
    public static bool IsId(string id) => id.Length == 16 && id.All(char.IsAsciiHexDigitLower);
}
