namespace Fairtrade.Silo.Evidence;

public static class EvidenceDeletionApi
{
    /// <summary>
    /// Deletes evidence that never counted (spam through a link, a file sent by mistake), with its revisions; the audit
    /// trail keeps that it happened. Its files go once no evidence refers to them (<see cref="Files.UnusedFileSweep"/>).
    /// </summary>
    public static async Task<IResult> DeleteAsync(string slug, string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (await grains.Town(slug).FindEvidenceSubjectAsync(id) is not { } subject)
        {
            return Problems.NotFound(t => t.NoEvidence(id, slug));
        }

        var outcome = await EvidenceHolders.For(grains, slug, subject).DeleteEvidenceAsync(id, user.Actor());
        return outcome.Evidence is not null
            ? TypedResults.NoContent()
            : await EvidenceProblems.ForAsync(outcome.Failure!.Value, grains, slug, id, subject);
    }
}
