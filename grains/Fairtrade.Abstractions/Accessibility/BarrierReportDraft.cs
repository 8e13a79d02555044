namespace Fairtrade.Abstractions.Accessibility;

/// <summary>A barrier report as it arrives, checked at the edge.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.BarrierReportDraft")]
public sealed record BarrierReportDraft(
    [property: Id(0)] string Page,
    [property: Id(1)] string What,
    [property: Id(2)] string? Email,
    [property: Id(3)] string? Language);
