namespace Fairtrade.Rules.Evidence;

/// <summary>Who vouches for evidence as it arrives.</summary>
[GenerateSerializer, Alias("fairtrade.EvidenceSource")]
public enum EvidenceSource
{
    /// <summary>A coordinator (or the campaign office) submitting it, or importing the campaign's own lists.</summary>
    Coordinator,

    /// <summary>The participant itself, through its upload link or its declaration form.</summary>
    Participant,
}
