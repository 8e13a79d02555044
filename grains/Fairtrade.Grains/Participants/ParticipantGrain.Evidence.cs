using Fairtrade.Abstractions.Evidence;
using Fairtrade.Grains.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Evidence;

namespace Fairtrade.Grains.Participants;

/// <summary>The participant's evidence, from submission to review; an approved declaration changes the participant's details.</summary>
public sealed partial class ParticipantGrain
{
    private EvidenceLog Evidence => new(state.State.Evidence, Audit);

    public Task<EvidenceOutcome> SubmitEvidenceAsync(EvidenceSubmission submission) =>
        !Exists || submission.Subject != Id ? Task.FromResult(EvidenceOutcome.SubjectNotFound)
        : SaveIfChangedAsync(Evidence.Submit(submission, Ruleset, time.GetUtcNow()));

    public Task<EvidenceOutcome> ReviseEvidenceAsync(string evidenceId, EvidenceSubmission submission) =>
        !Exists || submission.Subject != Id ? Task.FromResult(EvidenceOutcome.SubjectNotFound)
        : SaveIfChangedAsync(Evidence.Revise(evidenceId, submission, Ruleset, time.GetUtcNow()));

    public Task<EvidenceOutcome> ReviewEvidenceAsync(string evidenceId, EvidenceReview review)
    {
        if (!Exists)
        {
            return Task.FromResult(EvidenceOutcome.SubjectNotFound);
        }

        var outcome = Evidence.Review(evidenceId, review, time.GetUtcNow());

        // Saved with the approval, in one write: the participant never counts on a declaration it does not show.
        if (outcome.Evidence is { Status: EvidenceStatus.Approved, Declaration: { } declaration })
        {
            Change(new ParticipantChanges(null, null, null, null, declaration.Products, null, declaration.ListPublicly, []), review.Reviewer);
        }

        return SaveIfChangedAsync(outcome);
    }

    public Task<EvidenceOutcome> DeleteEvidenceAsync(string evidenceId, string actor) =>
        !Exists ? Task.FromResult(EvidenceOutcome.SubjectNotFound) : SaveIfChangedAsync(Evidence.Delete(evidenceId, actor));

    public Task<EvidenceRecord[]> GetEvidenceAsync() => Task.FromResult(state.State.Evidence.ToArray());

    public Task<bool> HoldsEvidenceFileAsync(string evidenceId, string sha256) =>
        Task.FromResult(Evidence.Find(evidenceId)?.HoldsFile(sha256) == true);


    private async Task<EvidenceOutcome> SaveIfChangedAsync(EvidenceOutcome outcome)
    {
        if (outcome.Evidence is not null)
        {
            await SaveAndTellTownAsync();
        }

        return outcome;
    }
}
