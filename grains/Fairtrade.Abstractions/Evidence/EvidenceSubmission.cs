using Fairtrade.Rules.Evidence;

namespace Fairtrade.Abstractions.Evidence;

/// <param name="Id">Chosen by the caller, so that a file can be promised to the evidence before the evidence is saved.</param>
/// <param name="Source">Who vouches for it, which decides how it stands on arrival (<see cref="EvidenceIntake"/>).</param>
[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceSubmission")]
public sealed record EvidenceSubmission(
    [property: Id(0)] string Subject,
    [property: Id(1)] EvidenceKind Kind,
    [property: Id(2)] DateOnly EffectiveDate,
    [property: Id(3)] string? Note,
    [property: Id(4)] string SubmittedBy,
    [property: Id(9)] EvidenceSource Source,
    [property: Id(6)] string Id,
    [property: Id(7)] EvidenceFile? File)
{
    /// <summary>A participant's declaration, which approval applies to the participant.</summary>
    [Id(8)] public EvidenceDeclaration? Declaration { get; init; }
}
