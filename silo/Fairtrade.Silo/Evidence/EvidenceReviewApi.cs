using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Silo.Evidence;

public static class EvidenceReviewApi
{
    /// <summary>Approve, reject or request changes, once, on submitted evidence; an approval counts in the status at once.</summary>
    public static async Task<IResult> ReviewAsync(
        string slug, string id, ReviewEvidenceRequest request, ClaimsPrincipal user, IGrainFactory grains, CampaignCalendar calendar)
    {
        if (await grains.Town(slug).FindEvidenceSubjectAsync(id) is not { } subject)
        {
            return Problems.NotFound(t => t.NoEvidence(id, slug));
        }

        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        var outcome = await EvidenceHolders.For(grains, slug, subject).ReviewEvidenceAsync(id, new EvidenceReview(request.Decision!.Value, comment, user.Actor()));
        return outcome.Evidence is { } record
            ? TypedResults.Ok(EvidenceResponse.From(record, calendar.Today))
            : await EvidenceProblems.ForAsync(outcome.Failure!.Value, grains, slug, id, subject);
    }
}
