using System.Security.Claims;
using System.Text.Encodings.Web;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Towns;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c>: the admin token, or an upload link's token, which makes
/// the caller that one participant and nobody else.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AdminToken adminToken, IGrainFactory grains)
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
            return Success([new Claim(ClaimTypes.Name, Roles.Admin), new Claim(ClaimTypes.Role, Roles.Admin)]);
        }

        if (UploadLinkToken.TryParse(token, out var link)
            && await grains.GetGrain<IParticipantGrain>(GrainKeys.Participant(link.Town, link.Participant)).OpensUploadLinkAsync(link.LinkId, link.SecretHash))
        {
            return Success(ParticipantLinks.Claims(link));
        }

        return AuthenticateResult.Fail("The bearer token is not valid.");
    }

    private static AuthenticateResult Success(Claim[] claims) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
}
