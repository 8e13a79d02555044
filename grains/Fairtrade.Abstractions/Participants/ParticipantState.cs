using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.UploadLinks;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Abstractions.Participants;

/// <summary>The stored state of a participant grain.</summary>
[GenerateSerializer, Alias("fairtrade.ParticipantState")]
public sealed class ParticipantState
{
    [Id(0)] public ParticipantDetails? Details { get; set; }

    [Id(1)] public string Ruleset { get; set; } = "";

    [Id(2)] public bool Archived { get; set; }

    [Id(3)] public List<Activity> Activities { get; set; } = [];

    [Id(4)] public List<EvidenceRecord> Evidence { get; set; } = [];

    [Id(5)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Audit entries saved with their change and not yet in the audit log.</summary>
    [Id(6)] public List<AuditEntry> PendingAudit { get; set; } = [];

    /// <summary>A change saved here that the town may not have heard of yet.</summary>
    [Id(7)] public bool TownUpdatePending { get; set; }

    [Id(8)] public List<UploadLink> UploadLinks { get; set; } = [];

    /// <summary>The day archiving took effect: it counts on the days before, not from this one on.</summary>
    [Id(9)] public DateOnly? ArchivedOn { get; set; }

    /// <summary>What it offered before each product change, each list on the days before its day; the details' products apply since the last.</summary>
    [Id(10)] public List<ProductsUntil> EarlierProducts { get; set; } = [];
}
