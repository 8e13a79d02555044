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
    [property: Id(0)] string Id,
    [property: Id(1)] ReminderKind Kind,
    [property: Id(2)] NotificationAudience Audience,
    [property: Id(3)] string Recipient,
    [property: Id(4)] string Subject,
    [property: Id(5)] string? EvidenceId,
    [property: Id(6)] DateOnly DueOn,
    [property: Id(7)] int DaysBefore,
    [property: Id(8)] string Title,
    [property: Id(9)] string Message,
    [property: Id(10)] DateTimeOffset CreatedAt,
    [property: Id(11)] DateTimeOffset? SentAt,
    [property: Id(12)] DateTimeOffset? FailedAt = null,
    [property: Id(13)] string? Error = null)
{
    public bool IsMailable() => SentAt is null && FailedAt is null && Recipient.Contains('@', StringComparison.Ordinal);
}
