using Fairtrade.Abstractions.Evidence;
using Fairtrade.Silo.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fairtrade.Silo.Evidence;

/// <summary>Why an evidence operation changed nothing, in the words of the answer.</summary>
public static class EvidenceProblems
{
    public static async Task<IResult> ForAsync(EvidenceFailure failure, IGrainFactory grains, string slug, string id, string subject) => failure switch
    {
        EvidenceFailure.EvidenceNotFound => Problems.NotFound($"evidence '{id}' of this subject in '{slug}'"),
        EvidenceFailure.NotAwaitingReview => Problems.Conflict(await EvidenceHolders.FindAsync(grains, slug, id) is { } decided
            ? $"Evidence '{id}' is {KebabEnum.Name(decided.Status)}{(decided.ReviewedBy is null ? "" : $" (decided by {decided.ReviewedBy} at {decided.ReviewedAt:u})")}; a decision is made once, on submitted evidence."
            : $"Evidence '{id}' does not wait for a decision."),
        EvidenceFailure.NotOpenForRevision => Problems.Conflict(
            $"Evidence '{id}' does not have changes requested; only then does it take a new revision. Submit new evidence instead."),
        EvidenceFailure.IdTaken => Problems.Conflict($"Evidence '{id}' exists already."),
        EvidenceFailure.Counted => Problems.Conflict($"Evidence '{id}' was approved once: it is part of the town's history and stays."),
        _ => SubjectNotFound(slug, subject),
    };

    public static ValidationProblem SubjectNotFound(string slug, string subject) => Problems.Field("subject",
        $"'{subject}' is neither a participant of '{slug}' nor council, steering-group or media:{{article id}} of an existing article.");
}
