using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Silo.Evidence;

/// <summary>Why an evidence operation changed nothing, in the words of the answer.</summary>
public static class EvidenceProblems
{
    public static async Task<IResult> ForAsync(EvidenceFailure failure, IGrainFactory grains, string slug, string id, string subject) => failure switch
    {
        EvidenceFailure.EvidenceNotFound => Problems.NotFound(t => t.NoEvidenceOfSubject(id, slug)),
        EvidenceFailure.NotAwaitingReview => Problems.Conflict(await EvidenceHolders.FindAsync(grains, slug, id) switch
        {
            { ReviewedBy: { } reviewer } decided => t => t.EvidenceDecided(id, KebabEnum.Name(decided.Status), reviewer, decided.ReviewedAt),
            { } decided => t => t.EvidenceStatus(id, KebabEnum.Name(decided.Status)),
            null => t => t.EvidenceNotWaiting(id),
        }),
        EvidenceFailure.NotOpenForRevision => Problems.Conflict(t => t.EvidenceNotOpenForRevision(id)),
        EvidenceFailure.IdTaken => Problems.Conflict(t => t.EvidenceIdTaken(id)),
        EvidenceFailure.Counted => Problems.Conflict(t => t.EvidenceCounted(id)),
        _ => SubjectNotFound(slug, subject),
    };

    public static ValidationProblem SubjectNotFound(string slug, string subject) => Problems.Field("subject", t => t.UnknownSubject(subject, slug));
}
