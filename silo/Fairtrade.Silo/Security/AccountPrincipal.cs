using Fairtrade.Abstractions.Accounts;

namespace Fairtrade.Silo.Security;

/// <summary>The claims of a signed-in account, built afresh from the account on every request so a changed role or town counts at once.</summary>
public static class AccountPrincipal
{
    /// <param name="sessionId">The browser session, if the caller signed in with the browser.</param>
    public static ClaimsPrincipal For(Account account, string scheme, string? sessionId = null) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, account.UserName),

                // What antiforgery tokens are bound to: without it they would break on any change of role, towns or name.
                new Claim(ClaimTypes.NameIdentifier, account.UserName),
                new Claim(ClaimTypes.GivenName, account.DisplayName),
                new Claim(ClaimTypes.Role, Roles.Of(account.Role)),
                new Claim(FairtradeClaims.Stamp, account.SecurityStamp),
                .. account.Towns.Select(t => new Claim(FairtradeClaims.Town, t)),
                .. sessionId is null ? [] : new[] { new Claim(FairtradeClaims.Session, sessionId) },
            ],
            scheme));

    public static bool IsAccount(this ClaimsPrincipal user) => user.HasClaim(c => c.Type == FairtradeClaims.Stamp);
}
