using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;

namespace Fairtrade.Silo.Web;

/// <summary>
/// <c>GET /towns/{slug}/live</c>: server-sent events that say when the town's status changed (a write, or a new
/// day), so an open page fetches the new status at once and nobody reloads; <c>GET /campaign/live</c> the same for
/// the campaign's console, when any town's row changed.
/// </summary>
public static class LiveStatusApi
{
    public static IEndpointRouteBuilder MapLiveStatus(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/towns/{slug}/live", FollowAsync).ExcludeFromDescription().AddEndpointFilter<PathIdentifiersFilter>();
        routes.MapGet("/campaign/live", (TownWatch watch, IHostApplicationLifetime lifetime, HttpContext http) =>
            FollowAsync(TownWatch.CampaignConsole, watch, lifetime, http)).ExcludeFromDescription().RequireAuthorization(Policies.Campaign);
        return routes;
    }

    public static async Task<IResult> FollowAsync(string slug, TownWatch watch, IHostApplicationLifetime lifetime, HttpContext http)
    {
        var seen = await watch.ReadAsync(slug);
        if (seen.Version is null)
        {
            return Problems.NotFound(t => t.NoTown(slug));
        }

        // A stream ends when the page goes away or the server stops, so open pages never hold up a shutdown; the
        // browser's EventSource reconnects to the next server by itself (and the page then fetches what it missed).
        var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        http.Response.RegisterForDispose(ended);
        return TypedResults.ServerSentEvents(EventsAsync(slug, seen, watch, ended.Token));
    }

    private static async IAsyncEnumerable<SseItem<string>> EventsAsync(
        string slug, TownWatch.Stamp seen, TownWatch watch, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new SseItem<string>("following", "ready");
        await foreach (var stamp in watch.ChangesAsync(slug, seen, cancellationToken))
        {
            yield return new SseItem<string>(stamp.Version ?? "", "changed");
        }
    }
}
