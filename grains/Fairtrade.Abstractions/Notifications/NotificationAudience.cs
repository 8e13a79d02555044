namespace Fairtrade.Abstractions.Notifications;

[GenerateSerializer, Alias("fairtrade.NotificationAudience")]
public enum NotificationAudience
{
    Coordinator,
    Participant,
}
