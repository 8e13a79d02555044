using Fairtrade.Abstractions.Audit;

namespace Fairtrade.Abstractions.Notifications;

/// <summary>The stored state of a town's notifications grain: the outbox, and where the coordinator's reminders go.</summary>
[GenerateSerializer, Alias("fairtrade.NotificationsState")]
public sealed class NotificationsState
{
    [Id(0)] public string? CoordinatorEmail { get; set; }

    [Id(1)] public List<Notification> Outbox { get; set; } = [];

    [Id(2)] public List<AuditEntry> PendingAudit { get; set; } = [];
}
