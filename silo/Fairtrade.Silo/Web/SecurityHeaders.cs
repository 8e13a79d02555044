namespace Fairtrade.Silo.Web;

/// <summary>
/// Headers on every answer: pages run only our own scripts and styles (nothing inline, so nothing a user typed can
/// run), may not be framed, and send no referrer. An answer that set its own policy (file downloads) keeps it; the
/// Orleans dashboard gets its own.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.TryAdd("Content-Security-Policy", context.Request.Path.StartsWithSegments(Dashboard.DashboardExtensions.Path)
                ? Dashboard.DashboardExtensions.ContentSecurityPolicy
                : ContentSecurityPolicy);
            headers.TryAdd("X-Content-Type-Options", "nosniff");
            headers.TryAdd("Referrer-Policy", "no-referrer");
            return Task.CompletedTask;
        });
        await next(context);
    });
}
