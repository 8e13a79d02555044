using Fairtrade.Abstractions.Evidence;
using Fairtrade.Grains.Evidence;

namespace Fairtrade.Grains.Towns;

/// <summary>The evidence of the town's own criteria, and finding any evidence in the town, participants' included.</summary>
public sealed partial class TownGrain
{
    public Task<EvidenceOutcome> SubmitEvidenceAsync(EvidenceSubmission submission) =>
        !Holds(submission.Subject) ? Task.FromResult(EvidenceOutcome.SubjectNotFound)
        : SaveIfChangedAsync(Evidence.Submit(submission, rulesets.Get(Profile!.Ruleset), time.GetUtcNow()));

    public Task<EvidenceOutcome> ReviseEvidenceAsync(string evidenceId, EvidenceSubmission submission) =>
        !Holds(submission.Subject) ? Task.FromResult(EvidenceOutcome.SubjectNotFound)
        : SaveIfChangedAsync(Evidence.Revise(evidenceId, submission, rulesets.Get(Profile!.Ruleset), time.GetUtcNow()));

    public Task<EvidenceOutcome> ReviewEvidenceAsync(string evidenceId, EvidenceReview review) =>
        Profile is null ? Task.FromResult(EvidenceOutcome.SubjectNotFound)
        : SaveIfChangedAsync(Evidence.Review(evidenceId, review, time.GetUtcNow()));

    public Task<EvidenceOutcome> DeleteEvidenceAsync(string evidenceId, string actor) =>
        Profile is null ? Task.FromResult(EvidenceOutcome.SubjectNotFound) : SaveIfChangedAsync(Evidence.Delete(evidenceId, actor));

    public Task<EvidenceRecord[]> GetEvidenceAsync() => Task.FromResult(state.State.Evidence.ToArray());

    public Task<bool> HoldsEvidenceFileAsync(string evidenceId, string sha256) =>
        Task.FromResult(Evidence.Find(evidenceId)?.HoldsFile(sha256) == true);

    public Task<string?> FindEvidenceSubjectAsync(string evidenceId) => Task.FromResult(
        state.State.Evidence.FirstOrDefault(e => e.Id == evidenceId)?.Subject
        ?? _participants.HoldingEvidence(evidenceId)?.Id);

    private EvidenceLog Evidence => new(state.State.Evidence, Audit);

    /// <summary>Whether the subject is one of this town's own: the council, the steering group or an existing article.</summary>
    private bool Holds(string subject) => Profile is not null
        && (subject is EvidenceSubjects.Council or EvidenceSubjects.SteeringGroup || state.State.Media.Any(a => EvidenceSubjects.Media(a.Id) == subject));

    private async Task<EvidenceOutcome> SaveIfChangedAsync(EvidenceOutcome outcome)
    {
        if (outcome.Evidence is not null)
        {
            await SaveAsync();
        }

        return outcome;
    }
}
