using System.Diagnostics.CodeAnalysis;

namespace Fairtrade.Silo.Security;

/// <summary>
/// A personal API token: <c>ftp_{user}.{token id}.{secret}</c>. The prefix tells it from an upload link's token (and lets
/// secret scanners spot one); the user name says which account to ask.
/// </summary>
public sealed record ApiTokenValue(string UserName, string TokenId, string Secret)
{
    private const string Prefix = "ftp_";

    public static ApiTokenValue New(string userName, string tokenId) => new(userName, tokenId, TokenSecret.New());

    public string SecretHash => TokenSecret.Hash(Secret);

    public string Value => $"{Prefix}{UserName}.{TokenId}.{Secret}";

    /// <summary>Never the secret, so a token that ends up in a log message gives nothing away.</summary>
    public override string ToString() => $"API token {TokenId} of {UserName}";

    public static bool TryParse(string value, [NotNullWhen(true)] out ApiTokenValue? token)
    {
        token = null;
        if (!value.StartsWith(Prefix, StringComparison.Ordinal)
            || value[Prefix.Length..].Split('.') is not [var user, var id, var secret]
            || !Identifiers.IsValid(user) || !TokenSecret.IsId(id) || !TokenSecret.LooksValid(secret))
        {
            return false;
        }

        token = new ApiTokenValue(user, id, secret);
        return true;
    }
}
