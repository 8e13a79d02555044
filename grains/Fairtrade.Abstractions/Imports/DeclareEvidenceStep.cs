namespace Fairtrade.Abstractions.Imports;

/// <summary>The coordinator's declaration of <paramref name="Day"/> for a participant, under an evidence id chosen when planned.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.DeclareEvidenceStep")]
public sealed record DeclareEvidenceStep(
    [property: Id(0), JsonPropertyName("participant")] string Participant,
    [property: Id(1), JsonPropertyName("evidenceId")] string EvidenceId,
    [property: Id(2), JsonPropertyName("day")] DateOnly Day) : ImportStep;
