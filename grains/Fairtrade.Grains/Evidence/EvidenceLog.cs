using Fairtrade.Abstractions.Evidence;
using Fairtrade.Grains.Audit;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Grains.Evidence;

/// <summary>
/// The evidence lifecycle, one implementation for every subject: the town's own criteria and each participant keep
/// their evidence in a list that only this class changes. Submitted evidence is decided once (approved, rejected or
/// changes requested); a new upload on evidence with changes requested is its next revision, the earlier one kept;
/// evidence that never counted may be deleted, files and all.
/// Every change goes into the audit trail; without an outbox the log only reads.
/// </summary>
internal sealed class EvidenceLog(List<EvidenceRecord> records, AuditOutbox? audit = null)
{
    public IReadOnlyList<EvidenceRecord> Records => records;

    public EvidenceOutcome Submit(EvidenceSubmission submission, Ruleset ruleset, DateTimeOffset now)
    {
        if (Find(submission.Id) is not null)
        {
            return EvidenceOutcome.Failed(EvidenceFailure.IdTaken);
        }

        var status = EvidenceIntake.StatusOnArrival(submission.Source);
        var approved = status == EvidenceStatus.Approved;
        var record = new EvidenceRecord(
            submission.Id, submission.Subject, submission.Kind, submission.EffectiveDate,
            submission.EffectiveDate.AddMonths(ruleset.EvidenceValidityMonths), status,
            submission.Note, now, submission.SubmittedBy, approved ? now : null, approved ? submission.SubmittedBy : null, null)
        { File = submission.File, Declaration = submission.Declaration };
        records.Add(record);
        Audit(submission.SubmittedBy, "evidence.submitted", null, record);
        return new EvidenceOutcome(record);
    }

    public EvidenceOutcome Revise(string evidenceId, EvidenceSubmission submission, Ruleset ruleset, DateTimeOffset now)
    {
        if (Find(evidenceId) is not { } current)
        {
            return EvidenceOutcome.Failed(EvidenceFailure.EvidenceNotFound);
        }

        // Not while a review is pending: the reviewer's decision must be about the revision they saw.
        if (current.Status != EvidenceStatus.ChangesRequested)
        {
            return EvidenceOutcome.Failed(EvidenceFailure.NotOpenForRevision);
        }

        var status = EvidenceIntake.StatusOnArrival(submission.Source);
        var approved = status == EvidenceStatus.Approved;
        var revised = current with
        {
            Kind = submission.Kind,
            EffectiveDate = submission.EffectiveDate,
            ValidUntil = submission.EffectiveDate.AddMonths(ruleset.EvidenceValidityMonths),
            Status = status,
            Note = submission.Note,
            SubmittedAt = now,
            SubmittedBy = submission.SubmittedBy,
            ReviewedAt = approved ? now : null,
            ReviewedBy = approved ? submission.SubmittedBy : null,
            Comment = null,
            File = submission.File,
            Revision = current.Revision + 1,
            History = [.. current.History, current.ToRevision()],
        };
        Replace(current, revised);
        Audit(submission.SubmittedBy, "evidence.revised", current, revised);
        return new EvidenceOutcome(revised);
    }

    public EvidenceOutcome Review(string evidenceId, EvidenceReview review, DateTimeOffset now)
    {
        if (Find(evidenceId) is not { } current)
        {
            return EvidenceOutcome.Failed(EvidenceFailure.EvidenceNotFound);
        }

        if (current.Status != EvidenceStatus.Submitted)
        {
            return EvidenceOutcome.Failed(EvidenceFailure.NotAwaitingReview);
        }

        var decided = current with
        {
            Status = review.Decision.Outcome(),
            ReviewedAt = now,
            ReviewedBy = review.Reviewer,
            Comment = review.Comment,
        };
        Replace(current, decided);
        var action = review.Decision switch
        {
            EvidenceDecision.Approve => "evidence.approved",
            EvidenceDecision.Reject => "evidence.rejected",
            _ => "evidence.changes-requested",
        };
        Audit(review.Reviewer, action, current, decided);
        return new EvidenceOutcome(decided);
    }

    public EvidenceOutcome Delete(string evidenceId, string actor)
    {
        if (Find(evidenceId) is not { } current)
        {
            return EvidenceOutcome.Failed(EvidenceFailure.EvidenceNotFound);
        }

        if (current.Status == EvidenceStatus.Approved || current.History.Any(r => r.Status == EvidenceStatus.Approved))
        {
            return EvidenceOutcome.Failed(EvidenceFailure.Counted);
        }

        records.Remove(current);
        audit?.Record(actor, "evidence.deleted", current.Subject, AuditChanges.Between(current with { History = [] }, null));
        return new EvidenceOutcome(current);
    }

    public EvidenceRecord? Find(string evidenceId) => records.Find(r => r.Id == evidenceId);

    public EvidenceFacts[] Facts(Func<EvidenceRecord, bool> about) => [.. records.Where(about).Select(r => r.ToFacts())];

    // The history is the earlier revisions, unchanged by any step: the audit shows what a step changed.
    private void Audit(string actor, string action, EvidenceRecord? before, EvidenceRecord after) =>
        audit?.Record(actor, action, after.Subject, AuditChanges.Between(before is null ? null : before with { History = [] }, after with { History = [] }));

    private void Replace(EvidenceRecord current, EvidenceRecord next) => records[records.IndexOf(current)] = next;
}
