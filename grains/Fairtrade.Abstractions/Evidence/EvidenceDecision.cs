using Fairtrade.Rules.Evidence;

namespace Fairtrade.Abstractions.Evidence;

/// <summary>What a reviewer can decide on submitted evidence.</summary>
[GenerateSerializer, Alias("fairtrade.EvidenceDecision")]
public enum EvidenceDecision
{
    Approve,
    Reject,
    RequestChanges,
}

public static class EvidenceDecisions
{
    public static EvidenceStatus Outcome(this EvidenceDecision decision) => decision switch
    {
        EvidenceDecision.Approve => EvidenceStatus.Approved,
        EvidenceDecision.Reject => EvidenceStatus.Rejected,
        _ => EvidenceStatus.ChangesRequested,
    };
}
