namespace Fairtrade.Rules.Evidence;

/// <summary>Where a piece of evidence stands. <see cref="Expired"/> is never stored: it is approved evidence seen after its validity.</summary>
[GenerateSerializer, Alias("fairtrade.EvidenceStatus")]
public enum EvidenceStatus
{
    Submitted,
    Approved,
    Rejected,
    ChangesRequested,
    Expired,
}
