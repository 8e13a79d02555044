using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace Fairtrade.Silo.Web;

public static class WebExtensions
{
    /// <summary>The pages: Razor Pages rendered on the server, our own stylesheet and script, nothing from elsewhere.</summary>
    public static WebApplicationBuilder AddFairtradePages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        builder.Services.AddSingleton<TownWatch>();
        builder.AddTownPageCache();
        builder.AddPageLocalization();

        // Names like "Zürich" stay readable in the HTML; markup characters are still always encoded.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    public static WebApplication UseFairtradePages(this WebApplication app)
    {
        // A page that is not there, or a request the pages refuse, gets a page in words; the API keeps its problem details.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseSecurityHeaders();
        app.UseStaticFiles();

        // Routing after the error pages, so that a re-executed request finds the error page's endpoint.
        app.UseRouting();
        return app;
    }

    public static WebApplication MapFairtradePages(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapLiveStatus();
        return app;
    }
}
