using Orleans.Dashboard;

namespace Fairtrade.Silo.Dashboard;

public static class DashboardExtensions
{
    public const string Path = "/dashboard";

    /// <summary>
    /// The Orleans dashboard (silos, grains, calls) for the admin alone. Its own single-page application needs inline
    /// styles and scripts, so its answers carry a looser policy than ours; nothing users typed is shown there.
    /// </summary>
    public static WebApplication MapFairtradeDashboard(this WebApplication app)
    {
        app.MapOrleansDashboard(routePrefix: Path).RequireAuthorization(Policies.Admin).ExcludeFromDescription();
        return app;
    }

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
}
