using Fairtrade.Abstractions.Audit;

namespace Fairtrade.Abstractions.Renewals;

/// <summary>The stored state of a town's renewals grain.</summary>
[GenerateSerializer, Alias("fairtrade.RenewalsState")]
public sealed class RenewalsState
{
    /// <summary>Oldest first; only the last may be open.</summary>
    [Id(0), JsonPropertyName("renewals")] public List<Renewal> Renewals { get; set; } = [];

    /// <summary>Audit entries saved with their change and not yet in the audit log.</summary>
    [Id(1), JsonPropertyName("pendingAudit")] public List<AuditEntry> PendingAudit { get; set; } = [];
}
