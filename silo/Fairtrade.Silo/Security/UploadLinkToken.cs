using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Security;

/// <summary>
/// An upload link's bearer token: <c>{town}.{participant}.{link id}.{secret}</c>. The names say which link to ask,
/// so checking a token is one grain call; the secret (256 random bits) is what proves it, and only its SHA-256 is kept.
/// </summary>
public sealed record UploadLinkToken(string Town, string Participant, string LinkId, string Secret)
{
    private const int SecretBytes = 32;
    private const int SecretLength = 43;

    public static UploadLinkToken New(string town, string participant, string linkId) =>
        new(town, participant, linkId, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes)));

    public string SecretHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(Secret)));

    public string Value => $"{Town}.{Participant}.{LinkId}.{Secret}";

    /// <summary>Never the secret, so a token that ends up in a log message gives nothing away.</summary>
    public override string ToString() => $"upload link {LinkId} of {Town}/{Participant}";

    public static bool TryParse(string value, [NotNullWhen(true)] out UploadLinkToken? token)
    {
        token = null;
        var parts = value.Split('.');
        if (parts is not [var town, var participant, var linkId, var secret]
            || !Identifiers.IsValid(town) || !Identifiers.IsValid(participant)
            || linkId.Length != 16 || !linkId.All(char.IsAsciiHexDigitLower)
            || secret.Length != SecretLength || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        token = new UploadLinkToken(town, participant, linkId, secret);
        return true;
    }
}
