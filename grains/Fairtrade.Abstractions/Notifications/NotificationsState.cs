using Fairtrade.Abstractions.Audit;

namespace Fairtrade.Abstractions.Notifications;

/// <summary>The stored state of a town's notifications grain: the outbox, and who is mailed what.</summary>
[GenerateSerializer, Alias("fairtrade.NotificationsState")]
public sealed class NotificationsState
{
    [Id(0), JsonPropertyName("coordinatorEmail")] public string? CoordinatorEmail { get; set; }

    [Id(1), JsonPropertyName("outbox")] public List<Notification> Outbox { get; set; } = [];

    [Id(2), JsonPropertyName("pendingAudit")] public List<AuditEntry> PendingAudit { get; set; } = [];

    /// <summary><c>de</c> or <c>en</c>; null: the language of the town's country.</summary>
    [Id(3), JsonPropertyName("coordinatorLanguage")] public string? CoordinatorLanguage { get; set; }

    [Id(4), JsonPropertyName("coordinatorDigest")] public bool CoordinatorDigest { get; set; } = true;

    /// <summary>Steering-group members who opted in to the renewal reminders and the weekly digest.</summary>
    [Id(5), JsonPropertyName("steeringGroup")] public List<MailRecipient> SteeringGroup { get; set; } = [];
}
