using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.TownCriteria;

namespace Fairtrade.Abstractions.Towns;

/// <summary>The stored state of a town grain.</summary>
[GenerateSerializer, Alias("fairtrade.TownState")]
public sealed class TownState
{
    [Id(0), JsonPropertyName("profile")] public TownProfile? Profile { get; set; }

    [Id(1), JsonPropertyName("council")] public Council Council { get; set; } = new(null, []);

    [Id(2), JsonPropertyName("steeringGroup")] public List<SteeringGroupMember> SteeringGroup { get; set; } = [];

    [Id(3), JsonPropertyName("media")] public List<MediaArticle> Media { get; set; } = [];

    /// <summary>Evidence on the council, the steering group and media articles.</summary>
    [Id(4), JsonPropertyName("evidence")] public List<EvidenceRecord> Evidence { get; set; } = [];

    /// <summary>
    /// Participants' entries as towns stored them before each entry became a record of its own (the town grain's
    /// records, set <c>participants</c>); the town moves them out on activation, so it is empty once saved again.
    /// </summary>
    [Id(5), JsonPropertyName("participants")] public Dictionary<string, ParticipantEntry> Participants { get; set; } = [];

    /// <summary>Audit entries saved with their change and not yet in the audit log.</summary>
    [Id(6), JsonPropertyName("pendingAudit")] public List<AuditEntry> PendingAudit { get; set; } = [];

    /// <summary>When the town's own state last changed; its participants' changes are noted in the campaign's console.</summary>
    [Id(7), JsonPropertyName("lastChangeAt")] public DateTimeOffset? LastChangeAt { get; set; }

    /// <summary>
    /// Set before an import's journal is stored and cleared once it is applied, so that only a town with an import
    /// to finish wakes its journal when it activates.
    /// </summary>
    [Id(8), JsonPropertyName("importPending")] public bool ImportPending { get; set; }
}
