using System.Diagnostics.CodeAnalysis;

namespace Fairtrade.Silo.Security;

/// <summary>
/// An upload link's bearer token: <c>{town}.{participant}.{link id}.{secret}</c>. The names say which link to ask,
/// so checking a token is one grain call; the secret is what proves it.
/// </summary>
public sealed record UploadLinkToken(string Town, string Participant, string LinkId, string Secret)
{
    public static UploadLinkToken New(string town, string participant, string linkId) => new(town, participant, linkId, TokenSecret.New());

    public string SecretHash => TokenSecret.Hash(Secret);

    public string Value => $"{Town}.{Participant}.{LinkId}.{Secret}";

    /// <summary>Never the secret, so a token that ends up in a log message gives nothing away.</summary>
    public override string ToString() => $"upload link {LinkId} of {Town}/{Participant}";

    public static bool TryParse(string value, [NotNullWhen(true)] out UploadLinkToken? token)
    {
        token = null;
        if (value.Split('.') is not [var town, var participant, var linkId, var secret]
            || !Identifiers.IsValid(town) || !Identifiers.IsValid(participant) || !TokenSecret.IsId(linkId) || !TokenSecret.LooksValid(secret))
        {
            return false;
        }

        token = new UploadLinkToken(town, participant, linkId, secret);
        return true;
    }
}
