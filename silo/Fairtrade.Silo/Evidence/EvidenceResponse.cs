using Fairtrade.Abstractions.Evidence;
using Fairtrade.Rules.Evidence;

namespace Fairtrade.Silo.Evidence;

/// <summary>
/// The <c>Evidence</c> of docs/api.md; <see cref="Status"/> reads <c>expired</c> once approved evidence runs out. Beyond it:
/// the revision number and the earlier revisions, each with its file and decision; and what a participant declared.
/// </summary>
public sealed record EvidenceResponse(
    string Id, string Subject, EvidenceKind Kind, DateOnly EffectiveDate, DateOnly ValidUntil, EvidenceStatus Status, string? Note,
    EvidenceFile? File, DateTimeOffset SubmittedAt, string SubmittedBy, DateTimeOffset? ReviewedAt, string? ReviewedBy, string? Comment,
    int Revision, EvidenceRevision[] History, EvidenceDeclaration? Declaration)
{
    public static EvidenceResponse From(EvidenceRecord e, DateOnly asOf) => new(
        e.Id, e.Subject, e.Kind, e.EffectiveDate, e.ValidUntil, e.ToFacts().StatusOn(asOf), e.Note, e.File,
        e.SubmittedAt, e.SubmittedBy, e.ReviewedAt, e.ReviewedBy, e.Comment, e.Revision, e.History, e.Declaration);
}
