using System.Text.Encodings.Web;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Silo.Directories;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c>: the admin token, a person's API token (acting as that
/// account), or an upload link's token, which makes the caller that one participant and nobody else. A token that
/// names an account, town or participant there is not is refused before any grain is activated for it.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AdminToken adminToken, IGrainFactory grains,
    KnownAccounts accounts, KnownTowns towns)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? header[Prefix.Length..].Trim() : "";
        if (token.Length > 0 && adminToken.Matches(token))
        {
            return Success(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, AdminToken.Actor), new Claim(ClaimTypes.Role, Roles.Admin)], SchemeName)));
        }

        if (ApiTokenValue.TryParse(token, out var personal)
            && await accounts.ContainsAsync(personal.UserName)
            && await grains.Account(personal.UserName).OpensTokenAsync(personal.TokenId, personal.SecretHash) is { } account)
        {
            return Success(AccountPrincipal.For(account, SchemeName));
        }

        if (UploadLinkToken.TryParse(token, out var link)
            && await towns.ContainsAsync(link.Town)
            && await grains.Town(link.Town).HasParticipantAsync(link.Participant)
            && await grains.Participant(link.Town, link.Participant).OpensUploadLinkAsync(link.LinkId, link.SecretHash))
        {
            return Success(new ClaimsPrincipal(new ClaimsIdentity(ParticipantLinks.Claims(link), SchemeName)));
        }

        return AuthenticateResult.Fail("The bearer token is not valid.");
    }

    private static AuthenticateResult Success(ClaimsPrincipal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
}
