namespace Fairtrade.Abstractions.Evidence;

/// <summary>
/// A grain that keeps evidence: the town (council, steering group, media) or a participant (itself). Both run the
/// same lifecycle: submitted → approved / rejected / changes-requested, and a new revision on changes-requested.
/// </summary>
[Alias("fairtrade.IEvidenceHolder")]
public interface IEvidenceHolder : IGrainWithStringKey
{
    [Alias("SubmitEvidence")]
    Task<EvidenceOutcome> SubmitEvidenceAsync(EvidenceSubmission submission);

    /// <summary>A new upload on evidence that has changes requested; the earlier revision stays in its history.</summary>
    [Alias("ReviseEvidence")]
    Task<EvidenceOutcome> ReviseEvidenceAsync(string evidenceId, EvidenceSubmission submission);

    [Alias("ReviewEvidence")]
    Task<EvidenceOutcome> ReviewEvidenceAsync(string evidenceId, EvidenceReview review);

    /// <summary>
    /// Removes evidence that never counted (spam through a link, a file sent by mistake), with all its revisions; the
    /// outcome holds the removed record. Evidence that was ever approved stays.
    /// </summary>
    [Alias("DeleteEvidence")]
    Task<EvidenceOutcome> DeleteEvidenceAsync(string evidenceId, string actor);

    /// <summary>The evidence this grain holds itself.</summary>
    [Alias("GetEvidence")]
    Task<EvidenceRecord[]> GetEvidenceAsync();

    /// <summary>Whether any revision of the evidence refers to the file: asked when an interrupted upload is recovered.</summary>
    [Alias("HoldsEvidenceFile")]
    Task<bool> HoldsEvidenceFileAsync(string evidenceId, string sha256);
}
