namespace Fairtrade.Abstractions.Evidence;

/// <summary>The evidence as it stands after an operation, or why the operation changed nothing.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceOutcome")]
public sealed record EvidenceOutcome([property: Id(0)] EvidenceRecord? Evidence, [property: Id(1)] EvidenceFailure? Failure = null)
{
    public static EvidenceOutcome Failed(EvidenceFailure failure) => new(null, failure);

    public static readonly EvidenceOutcome SubjectNotFound = Failed(EvidenceFailure.SubjectNotFound);
}
