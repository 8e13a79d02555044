using Fairtrade.Abstractions.Audit;

namespace Fairtrade.Abstractions.CalendarFeed;

/// <summary>The stored state of a town's calendar links grain.</summary>
[GenerateSerializer, Alias("fairtrade.CalendarLinksState")]
public sealed class CalendarLinksState
{
    [Id(0), JsonPropertyName("links")] public List<CalendarLink> Links { get; set; } = [];

    /// <summary>Audit entries saved with their change and not yet in the audit log.</summary>
    [Id(1), JsonPropertyName("pendingAudit")] public List<AuditEntry> PendingAudit { get; set; } = [];
}
