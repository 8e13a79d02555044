using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Silo.Evidence;

/// <param name="Revises">The id of evidence that has changes requested: this submission, with its file, is its next revision.</param>
public sealed record SubmitEvidenceRequest(
    [property: Mandatory, TextLength(80, MinimumLength = 1)] string? Subject,
    [property: Mandatory] EvidenceKind? Kind,
    [property: Mandatory] DateOnly? EffectiveDate,
    [property: TextLength(2000)] string? Note,
    [property: TextLength(80, MinimumLength = 1)] string? Revises = null);
