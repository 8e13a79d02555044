namespace Fairtrade.Abstractions.Notifications;

[GenerateSerializer, Alias("fairtrade.NotificationAudience")]
public enum NotificationAudience
{
    Coordinator,
    Participant,

    /// <summary>A steering-group member who opted in (renewal reminders and the digest).</summary>
    SteeringGroup,
}
