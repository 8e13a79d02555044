namespace Fairtrade.Abstractions.Evidence;

/// <summary>The evidence created, or why none was: the subject does not exist.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceOutcome")]
public sealed record EvidenceOutcome([property: Id(0)] EvidenceRecord? Evidence)
{
    public static readonly EvidenceOutcome SubjectNotFound = new((EvidenceRecord?)null);
}
