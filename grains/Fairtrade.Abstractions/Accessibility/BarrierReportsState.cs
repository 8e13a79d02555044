namespace Fairtrade.Abstractions.Accessibility;

/// <summary>The stored state of the barrier reports grain: every report, and the notices not yet mailed.</summary>
[GenerateSerializer, Alias("fairtrade.BarrierReportsState")]
public sealed class BarrierReportsState
{
    [Id(0), JsonPropertyName("reports")] public List<BarrierReport> Reports { get; set; } = [];

    /// <summary>Notices waiting for the mail server, by report id; saved with their report, so none is lost to a restart.</summary>
    [Id(1), JsonPropertyName("unmailed")] public Dictionary<string, BarrierNotice> Unmailed { get; set; } = [];
}
