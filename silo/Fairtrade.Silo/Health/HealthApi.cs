using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fairtrade.Silo.Health;

public static class HealthApi
{
    public static RouteHandlerBuilder MapHealthApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/health", CheckAsync).WithTags("Health");

    /// <summary>200 once the silo answers grain calls and storage answers a query; 503 otherwise.</summary>
    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(
        IGrainFactory grains, SqliteGrainStorage storage, CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<ITownDirectoryGrain>(GrainKeys.TownDirectory).ListAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            await storage.PingAsync(cancellationToken);
            return TypedResults.Ok(new HealthReport("healthy"));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return TypedResults.Json(new HealthReport("unhealthy"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}

public sealed record HealthReport(string Status);
