using System.ComponentModel.DataAnnotations;
using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Silo.Evidence;

/// <param name="Revises">The id of evidence that has changes requested: this submission, with its file, is its next revision.</param>
public sealed record SubmitEvidenceRequest(
    [property: Required, StringLength(80, MinimumLength = 1)] string? Subject,
    [property: Required] EvidenceKind? Kind,
    [property: Required] DateOnly? EffectiveDate,
    [property: StringLength(2000)] string? Note,
    [property: StringLength(80, MinimumLength = 1)] string? Revises = null);
