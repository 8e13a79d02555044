using Fairtrade.Abstractions.Evidence;
using Fairtrade.Rules.Evidence;

namespace Fairtrade.Silo.Evidence;

/// <summary>The <c>Evidence</c> of API.md; <see cref="Status"/> reads <c>expired</c> once approved evidence runs out.</summary>
public sealed record EvidenceResponse(
    string Id, string Subject, EvidenceKind Kind, DateOnly EffectiveDate, DateOnly ValidUntil, EvidenceStatus Status, string? Note,
    DateTimeOffset SubmittedAt, string SubmittedBy, DateTimeOffset? ReviewedAt, string? ReviewedBy, string? Comment)
{
    public static EvidenceResponse From(EvidenceRecord e, DateOnly asOf) => new(
        e.Id, e.Subject, e.Kind, e.EffectiveDate, e.ValidUntil, e.ToFacts().StatusOn(asOf), e.Note,
        e.SubmittedAt, e.SubmittedBy, e.ReviewedAt, e.ReviewedBy, e.Comment);
}
