using System.ComponentModel.DataAnnotations;
using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Silo.Evidence;

public sealed record SubmitEvidenceRequest(
    [property: Required, StringLength(80, MinimumLength = 1)] string? Subject,
    [property: Required] EvidenceKind? Kind,
    [property: Required] DateOnly? EffectiveDate,
    [property: StringLength(2000)] string? Note);
