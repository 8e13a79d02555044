using Fairtrade.Silo.Directories;
using Microsoft.Net.Http.Headers;

namespace Fairtrade.Silo.Web;

/// <summary>
/// The town's public page and its live section, kept rendered for visitors who are not signed in (the framework's
/// output cache caches neither signed-in requests nor answers that set a cookie), per language asked and per state
/// of the town and day: the key holds the town's version, so a change or a new day is a new entry and nothing stale
/// is served. A page then costs one call for the version instead of five and a render.
/// </summary>
public static class TownPageCache
{
    public const string Policy = "town-page";

    // Old versions are never asked for again; they go after a while, or sooner when the cache is full.
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(5);

    public static WebApplicationBuilder AddTownPageCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .SetVaryByQuery("handler", "lang")
            .SetVaryByHeader(HeaderNames.AcceptLanguage)
            .VaryByValue(async (context, _) => new("town", await StampAsync(context)))
            .Expire(Keep)));
        return builder;
    }

    private static async Task<string> StampAsync(HttpContext context)
    {
        // A slug that names no town is refused by the page; no grain is asked for it.
        if (context.Request.RouteValues["slug"] is not string slug || !Identifiers.IsValid(slug)
            || !await context.RequestServices.GetRequiredService<KnownTowns>().ContainsAsync(slug))
        {
            return "";
        }

        var stamp = await context.RequestServices.GetRequiredService<TownWatch>().ReadAsync(slug);
        return $"{stamp.Version}|{stamp.Day:yyyy-MM-dd}";
    }
}
