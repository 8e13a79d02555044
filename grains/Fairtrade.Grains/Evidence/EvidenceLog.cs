using Fairtrade.Abstractions.Evidence;
using Fairtrade.Grains.Persistence;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Grains.Evidence;

/// <summary>
/// The evidence lifecycle, one implementation for every subject: the town's own criteria and each participant keep
/// their evidence in a list that only this class changes.
/// </summary>
internal sealed class EvidenceLog(List<EvidenceRecord> records)
{
    public IReadOnlyList<EvidenceRecord> Records => records;

    public EvidenceRecord Submit(EvidenceSubmission submission, Ruleset ruleset, DateTimeOffset now)
    {
        var record = new EvidenceRecord(
            Ids.New(), submission.Subject, submission.Kind, submission.EffectiveDate,
            submission.EffectiveDate.AddMonths(ruleset.EvidenceValidityMonths),
            submission.Approved ? EvidenceStatus.Approved : EvidenceStatus.Submitted,
            submission.Note, now, submission.SubmittedBy,
            submission.Approved ? now : null, submission.Approved ? submission.SubmittedBy : null, null);
        records.Add(record);
        return record;
    }

    public EvidenceFacts[] Facts(Func<EvidenceRecord, bool> about) => [.. records.Where(about).Select(r => r.ToFacts())];
}
