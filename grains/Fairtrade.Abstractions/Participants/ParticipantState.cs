using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.UploadLinks;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Abstractions.Participants;

/// <summary>The stored state of a participant grain.</summary>
[GenerateSerializer, Alias("fairtrade.ParticipantState")]
public sealed class ParticipantState
{
    [Id(0), JsonPropertyName("details")] public ParticipantDetails? Details { get; set; }

    [Id(1), JsonPropertyName("ruleset")] public string Ruleset { get; set; } = "";

    [Id(2), JsonPropertyName("archived")] public bool Archived { get; set; }

    [Id(3), JsonPropertyName("activities")] public List<Activity> Activities { get; set; } = [];

    [Id(4), JsonPropertyName("evidence")] public List<EvidenceRecord> Evidence { get; set; } = [];

    [Id(5), JsonPropertyName("createdAt")] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Audit entries saved with their change and not yet in the audit log.</summary>
    [Id(6), JsonPropertyName("pendingAudit")] public List<AuditEntry> PendingAudit { get; set; } = [];

    /// <summary>A change saved here that the town may not have heard of yet.</summary>
    [Id(7), JsonPropertyName("townUpdatePending")] public bool TownUpdatePending { get; set; }

    [Id(8), JsonPropertyName("uploadLinks")] public List<UploadLink> UploadLinks { get; set; } = [];

    /// <summary>The day archiving took effect: it counts on the days before, not from this one on.</summary>
    [Id(9), JsonPropertyName("archivedOn")] public DateOnly? ArchivedOn { get; set; }

    /// <summary>What it offered before each product change, each list on the days before its day; the details' products apply since the last.</summary>
    [Id(10), JsonPropertyName("earlierProducts")] public List<ProductsUntil> EarlierProducts { get; set; } = [];
}
