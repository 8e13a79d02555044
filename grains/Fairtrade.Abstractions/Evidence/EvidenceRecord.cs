using Fairtrade.Rules.Evidence;

namespace Fairtrade.Abstractions.Evidence;

/// <summary>One piece of evidence as stored; <see cref="Status"/> is never <see cref="EvidenceStatus.Expired"/> here.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceRecord")]
public sealed record EvidenceRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string Subject,
    [property: Id(2)] EvidenceKind Kind,
    [property: Id(3)] DateOnly EffectiveDate,
    [property: Id(4)] DateOnly ValidUntil,
    [property: Id(5)] EvidenceStatus Status,
    [property: Id(6)] string? Note,
    [property: Id(7)] DateTimeOffset SubmittedAt,
    [property: Id(8)] string SubmittedBy,
    [property: Id(9)] DateTimeOffset? ReviewedAt,
    [property: Id(10)] string? ReviewedBy,
    [property: Id(11)] string? Comment)
{
    public EvidenceFacts ToFacts() => new(Id, Status, EffectiveDate, ValidUntil);

    public EvidenceSummary ToSummary() => new(Id, Kind, Status, EffectiveDate, ValidUntil);
}
