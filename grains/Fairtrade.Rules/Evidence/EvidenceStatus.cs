namespace Fairtrade.Rules.Evidence;

/// <summary>Where a piece of evidence stands. <see cref="Expired"/> is never stored: it is approved evidence seen after its validity.</summary>
[GenerateSerializer, Alias("fairtrade.EvidenceStatus")]
public enum EvidenceStatus
{
    [JsonStringEnumMemberName("submitted")] Submitted,
    [JsonStringEnumMemberName("approved")] Approved,
    [JsonStringEnumMemberName("rejected")] Rejected,
    [JsonStringEnumMemberName("changes-requested")] ChangesRequested,
    [JsonStringEnumMemberName("expired")] Expired,
}
