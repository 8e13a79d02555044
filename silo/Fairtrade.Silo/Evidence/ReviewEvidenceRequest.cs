using System.ComponentModel.DataAnnotations;
using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Silo.Evidence;

public sealed record ReviewEvidenceRequest(
    [property: Required] EvidenceDecision? Decision,
    [property: StringLength(2000)] string? Comment);
