using Fairtrade.Rules.Evidence;

namespace Fairtrade.Silo.Evidence;

/// <summary>The evidence routes, and reading evidence; submitting, reviewing and files have their own classes.</summary>
public static class EvidenceApi
{
    public static RouteGroupBuilder MapEvidenceApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns/{slug}/evidence").WithTags("Evidence").AddEndpointFilter<PathIdentifiersFilter>();
        group.MapPost("/", EvidenceSubmissionApi.SubmitJsonAsync).WithSummary("Submit evidence (JSON, or multipart/form-data with a file)")
            .RequireAuthorization(Policies.Coordinator);
        group.MapPost("/", EvidenceSubmissionApi.SubmitMultipartAsync).WithSummary("Submit evidence (JSON, or multipart/form-data with a file)")
            .RequireAuthorization(Policies.CoordinatorOrParticipant)
            .Accepts<SubmitEvidenceRequest>("multipart/form-data").DisableAntiforgery().AddEndpointFilter<ReaderRefusalsFilter>()
            .Produces<EvidenceResponse>(StatusCodes.Status201Created).Produces<EvidenceResponse>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/", ListAsync).WithSummary("List a town's evidence").RequireAuthorization(Policies.TownReader);
        group.MapGet("/{id}", GetAsync).WithSummary("Read one piece of evidence").RequireAuthorization(Policies.TownReader);
        group.MapPost("/{id}/review", EvidenceReviewApi.ReviewAsync).WithSummary("Approve or reject evidence")
            .RequireAuthorization(Policies.Coordinator);
        group.MapDelete("/{id}", EvidenceDeletionApi.DeleteAsync).WithSummary("Delete evidence").RequireAuthorization(Policies.Coordinator)
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}/file", EvidenceFilesApi.GetFileAsync).WithSummary("Download evidence's file")
            .RequireAuthorization(Policies.TownReaderOrParticipant);
        return group;
    }

    public static async Task<Results<Ok<EvidenceResponse[]>, ProblemHttpResult>> ListAsync(
        string slug, string? subject, [KebabName<EvidenceStatus>] string? status, [Day] string? asOf, IGrainFactory grains, CampaignCalendar calendar)
    {
        var wanted = KebabEnum.Checked<EvidenceStatus>(status);
        var day = Days.AsOf(asOf, calendar);
        var town = grains.Town(slug);
        if (await town.GetProfileAsync() is null)
        {
            return Problems.NotFound(t => t.NoTown(slug));
        }

        return TypedResults.Ok((await EvidenceHolders.AllAsync(grains, slug, subject))
            .Select(e => EvidenceResponse.From(e, day))
            .Where(e => wanted is null || e.Status == wanted)
            .OrderBy(e => e.SubmittedAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray());
    }

    public static async Task<Results<Ok<EvidenceResponse>, ProblemHttpResult>> GetAsync(
        string slug, string id, [Day] string? asOf, IGrainFactory grains, CampaignCalendar calendar)
    {
        var day = Days.AsOf(asOf, calendar);
        return await EvidenceHolders.FindAsync(grains, slug, id) is { } record
            ? TypedResults.Ok(EvidenceResponse.From(record, day))
            : Problems.NotFound(t => t.NoEvidence(id, slug));
    }
}
