using Fairtrade.Abstractions.Audit;

namespace Fairtrade.Silo.Audit;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns/{slug}/audit").WithTags("Audit").RequireAuthorization(Policies.TownReader)
            .AddEndpointFilter<PathIdentifiersFilter>();
        group.MapGet("/", ListAsync).WithSummary("Read the town's audit trail");
        return group;
    }

    /// <summary>Every change in the town, oldest first; <c>since</c> is an RFC 3339 instant or a day (its start in the campaign's time zone).</summary>
    public static async Task<Results<Ok<AuditRecord[]>, ProblemHttpResult>> ListAsync(
        string slug, [Since] string? since, IGrainFactory grains, IAuditLog log, CampaignCalendar calendar, CancellationToken cancellationToken)
    {
        var from = AuditSince.Of(since, calendar);
        if (await grains.Town(slug).GetProfileAsync() is null)
        {
            return Problems.NotFound(t => t.NoTown(slug));
        }

        var entries = await log.ReadAsync(slug, from, cancellationToken);
        return TypedResults.Ok(entries.Select(AuditRecord.From).ToArray());
    }
}
