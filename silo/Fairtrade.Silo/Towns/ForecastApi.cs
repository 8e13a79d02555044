using Fairtrade.Rules.Forecast;

namespace Fairtrade.Silo.Towns;

/// <summary>The forecast with a what-if: the town's readers ask "what if the Weltladen closes?".</summary>
public static class ForecastApi
{
    public static RouteGroupBuilder MapForecastApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns/{slug}").WithTags("Towns").AddEndpointFilter<PathIdentifiersFilter>();
        group.MapGet("/forecast", GetAsync).WithSummary("Forecast how long the title holds, as if some participants stopped counting")
            .RequireAuthorization(Policies.TownReader);
        return group;
    }

    /// <summary>
    /// The forecast alone, as if the participants in <paramref name="without"/> (ids separated by commas) stopped
    /// counting on <paramref name="asOf"/>. Changes nothing.
    /// </summary>
    public static async Task<Results<Ok<TitleForecast>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string slug, [Day] string? asOf, [ParticipantIds] string? without, IGrainFactory grains, CampaignCalendar calendar)
    {
        var day = Days.AsOf(asOf, calendar);
        var ids = string.IsNullOrEmpty(without) ? [] : without.Split(',');
        return await grains.Town(slug).GetForecastAsync(day, ids) switch
        {
            null => Problems.NotFound(t => t.NoTown(slug)),
            { UnknownParticipants: [_, ..] unknown } => Problems.Field("without", t => t.UnknownWithout(unknown)),
            { Forecast: var forecast } => TypedResults.Ok(forecast!),
        };
    }
}
