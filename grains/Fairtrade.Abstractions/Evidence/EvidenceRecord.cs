using Fairtrade.Rules.Evidence;

namespace Fairtrade.Abstractions.Evidence;

/// <summary>
/// One piece of evidence as stored, in its latest revision; <see cref="Status"/> is never <see cref="EvidenceStatus.Expired"/>
/// here. Earlier revisions, each with its file and decision, stay in <see cref="History"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.EvidenceRecord")]
public sealed record EvidenceRecord(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("subject")] string Subject,
    [property: Id(2), JsonPropertyName("kind")] EvidenceKind Kind,
    [property: Id(3), JsonPropertyName("effectiveDate")] DateOnly EffectiveDate,
    [property: Id(4), JsonPropertyName("validUntil")] DateOnly ValidUntil,
    [property: Id(5), JsonPropertyName("status")] EvidenceStatus Status,
    [property: Id(6), JsonPropertyName("note")] string? Note,
    [property: Id(7), JsonPropertyName("submittedAt")] DateTimeOffset SubmittedAt,
    [property: Id(8), JsonPropertyName("submittedBy")] string SubmittedBy,
    [property: Id(9), JsonPropertyName("reviewedAt")] DateTimeOffset? ReviewedAt,
    [property: Id(10), JsonPropertyName("reviewedBy")] string? ReviewedBy,
    [property: Id(11), JsonPropertyName("comment")] string? Comment)
{
    [Id(12), JsonPropertyName("file")] public EvidenceFile? File { get; init; }

    [Id(13), JsonPropertyName("revision")] public int Revision { get; init; } = 1;

    [Id(14), JsonPropertyName("history")] public EvidenceRevision[] History { get; init; } = [];

    /// <summary>What a participant declared; approving the evidence applies it to the participant.</summary>
    [Id(15), JsonPropertyName("declaration")] public EvidenceDeclaration? Declaration { get; init; }

    public EvidenceFacts ToFacts() => new(Id, Status, EffectiveDate, ValidUntil);

    public EvidenceSummary ToSummary() => new(Id, Kind, Status, EffectiveDate, ValidUntil);

    public EvidenceRevision ToRevision() =>
        new(Revision, File, EffectiveDate, Note, Status, SubmittedAt, SubmittedBy, ReviewedAt, ReviewedBy, Comment);

    /// <summary>The file of any revision, the latest first.</summary>
    public EvidenceFile? FileOf(int revision) =>
        revision == Revision ? File : History.FirstOrDefault(r => r.Revision == revision)?.File;

    public bool HoldsFile(string sha256) =>
        File?.Sha256 == sha256 || History.Any(r => r.File?.Sha256 == sha256);
}
