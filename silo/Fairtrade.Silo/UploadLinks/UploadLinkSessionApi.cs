using Microsoft.AspNetCore.Authentication;

namespace Fairtrade.Silo.UploadLinks;

/// <summary>
/// Turns an upload link into a browser session. The link's token travels in the URL's fragment, which browsers never
/// send to a server; the page's script sends it here once as a bearer token and is given a session cookie, so the
/// token leaves the address bar, the history and every later request.
/// </summary>
public static class UploadLinkSessionApi
{
    public static IEndpointRouteBuilder MapUploadLinkSession(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/upload/session", OpenAsync).ExcludeFromDescription()
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireRole(Roles.Participant));
        return routes;
    }

    public static async Task<Results<Ok<OpenedSession>, UnauthorizedHttpResult, ProblemHttpResult>> OpenAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!UploadLinkToken.TryParse(header[(header.IndexOf(' ') + 1)..].Trim(), out var link))
        {
            return TypedResults.Unauthorized();
        }

        // A signed-in coordinator who follows a shop's link is not silently turned into the shop.
        if ((await request.HttpContext.AuthenticateAsync(SessionCookie.SchemeName)).Principal is { } current && current.IsAccount())
        {
            return Problems.Conflict(t => t.SignedInAs(current.Identity!.Name));
        }

        await SessionCookie.SignInAsync(request.HttpContext, link);
        return TypedResults.Ok(new OpenedSession($"/upload/{link.Town}/{link.Participant}"));
    }

    public sealed record OpenedSession(string Next);
}
