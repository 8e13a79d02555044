using Fairtrade.Rules.Reminders;

namespace Fairtrade.Abstractions.Notifications;

/// <summary>
/// A reminder in the town's outbox. <see cref="Recipient"/> is an e-mail address, or the audience's name when no
/// address is known (then it is only read here, never mailed).
/// </summary>
/// <param name="Subject">The evidence's subject, or the town's slug for the renewal.</param>
/// <param name="FailedAt">When the mail server refused the message for good (a bad address); it is not tried again.</param>
[GenerateSerializer, Immutable, Alias("fairtrade.Notification")]
public sealed record Notification(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("kind")] ReminderKind Kind,
    [property: Id(2), JsonPropertyName("audience")] NotificationAudience Audience,
    [property: Id(3), JsonPropertyName("recipient")] string Recipient,
    [property: Id(4), JsonPropertyName("subject")] string Subject,
    [property: Id(5), JsonPropertyName("evidenceId")] string? EvidenceId,
    [property: Id(6), JsonPropertyName("dueOn")] DateOnly DueOn,
    [property: Id(7), JsonPropertyName("daysBefore")] int DaysBefore,
    [property: Id(8), JsonPropertyName("title")] string Title,
    [property: Id(9), JsonPropertyName("message")] string Message,
    [property: Id(10), JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: Id(11), JsonPropertyName("sentAt")] DateTimeOffset? SentAt,
    [property: Id(12), JsonPropertyName("failedAt")] DateTimeOffset? FailedAt = null,
    [property: Id(13), JsonPropertyName("error")] string? Error = null)
{
    public bool IsMailable() => SentAt is null && FailedAt is null && Recipient.Contains('@', StringComparison.Ordinal);
}
