namespace Fairtrade.Rules.Evidence;

/// <summary>How evidence stands when it arrives.</summary>
public static class EvidenceIntake
{
    /// <summary>
    /// A coordinator is the reviewer, so what they submit counts at once; what a participant sends waits for a
    /// coordinator's review.
    /// </summary>
    public static EvidenceStatus StatusOnArrival(EvidenceSource source) =>
        source == EvidenceSource.Coordinator ? EvidenceStatus.Approved : EvidenceStatus.Submitted;
}
