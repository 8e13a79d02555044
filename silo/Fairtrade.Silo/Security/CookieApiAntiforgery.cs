using Microsoft.AspNetCore.Antiforgery;

namespace Fairtrade.Silo.Security;

/// <summary>
/// An API write that a browser's session cookie authenticates must carry the page's antiforgery token in the
/// <see cref="HeaderName"/> header, so another site cannot make a signed-in browser change anything. Bearer callers
/// need none: a script's token is not sent by a browser on its own.
/// </summary>
public static class CookieApiAntiforgery
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static WebApplication UseCookieApiAntiforgery(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var guarded = request.Path.StartsWithSegments("/api")
                && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
                && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                && request.Cookies.ContainsKey(SessionCookie.CookieName);

            // Only the header is looked at: reading a form for the token would buffer a whole upload first.
            if (guarded && (request.Headers[HeaderName].Count == 0
                || !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context)))
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest, title: ProblemTexts.Current.Title(StatusCodes.Status400BadRequest),
                    detail: ValidationTexts.Current.Antiforgery(HeaderName)).ExecuteAsync(context);
                return;
            }

            await next(context);
        });
        return app;
    }
}
