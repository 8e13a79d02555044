using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.Http;
using Fairtrade.Silo.Towns;

namespace Fairtrade.Silo.Web;

/// <summary>
/// <c>GET /towns/{slug}/live</c>: server-sent events that say when the town's status changed (a write, or a new
/// day), so an open page fetches the new status at once and nobody reloads.
/// </summary>
public static class LiveStatusApi
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(300);

    public static IEndpointRouteBuilder MapLiveStatus(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/towns/{slug}/live", FollowAsync).ExcludeFromDescription().AddEndpointFilter<PathIdentifiersFilter>();
        return routes;
    }

    public static async Task<IResult> FollowAsync(
        string slug, IGrainFactory grains, CampaignCalendar calendar, IHostApplicationLifetime lifetime, HttpContext http)
    {
        if (await TownsApi.Town(grains, slug).GetVersionAsync() is null)
        {
            return Problems.NotFound($"town '{slug}'");
        }

        // A stream ends when the page goes away or the server stops, so open pages never hold up a shutdown; the
        // browser's EventSource reconnects to the next server by itself.
        var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        http.Response.RegisterForDispose(ended);
        return TypedResults.ServerSentEvents(ChangesAsync(slug, grains, calendar, ended.Token));
    }

    private static async IAsyncEnumerable<SseItem<string>> ChangesAsync(
        string slug, IGrainFactory grains, CampaignCalendar calendar, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var town = TownsApi.Town(grains, slug);
        var seen = (await town.GetVersionAsync(), calendar.Today);
        yield return new SseItem<string>("following", "ready");
        using var timer = new PeriodicTimer(CheckEvery);
        while (await WaitAsync(timer, cancellationToken))
        {
            var now = (await town.GetVersionAsync(), calendar.Today);
            if (now != seen)
            {
                seen = now;
                yield return new SseItem<string>(now.Item1 ?? "", "changed");
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
