using Fairtrade.Abstractions.Evidence;
using Fairtrade.Grains.Persistence;
using Fairtrade.Rules.Evidence;
using Fairtrade.Silo.Evidence;
using Fairtrade.Silo.UploadLinks;

namespace Fairtrade.Silo.Declarations;

/// <summary>
/// A shop serving itself: through its upload link it declares what it offers, as evidence of kind <c>declaration</c>
/// that waits for review like any upload; approving it applies the declaration to the participant.
/// </summary>
public static class DeclarationsApi
{
    public static RouteHandlerBuilder MapDeclarationsApi(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/towns/{slug}/declarations", DeclareAsync).WithSummary("Declare what a participant offers, through its upload link")
            .WithTags("Evidence")
            .AddEndpointFilter<PathIdentifiersFilter>().RequireAuthorization(Policies.Participant)
            .Produces<EvidenceResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>Counts against the link's uploads like a file would, so a link cannot flood the review queue.</summary>
    public static async Task<IResult> DeclareAsync(
        string slug, DeclareRequest request, ClaimsPrincipal user, HttpContext http, IGrainFactory grains, CampaignCalendar calendar, UploadLinkQuota quota)
    {
        if (user.LinkedParticipant() is not (var town, var participant) || town != slug)
        {
            return Problems.Forbidden(t => t.DeclarationThroughLink);
        }

        var (place, spent) = await quota.HoldAsync(user, http);
        if (spent is not null)
        {
            return spent;
        }

        try
        {
            var submission = new EvidenceSubmission(participant, EvidenceKind.Declaration, calendar.Today, null, user.Actor(),
                EvidenceSource.Participant, Ids.New(), null) { Declaration = request.ToDeclaration() };
            var outcome = await grains.Participant(slug, participant).SubmitEvidenceAsync(submission);
            if (outcome.Evidence is not { } record)
            {
                return await EvidenceProblems.ForAsync(outcome.Failure!.Value, grains, slug, submission.Id, participant);
            }

            await place!.CountAsync();
            return TypedResults.Created($"/api/towns/{slug}/evidence/{record.Id}", EvidenceResponse.From(record, calendar.Today));
        }
        finally
        {
            await place!.ReleaseAsync();
        }
    }
}
