namespace Fairtrade.Abstractions.Notifications;

[GenerateSerializer, Alias("fairtrade.NotificationAudience")]
public enum NotificationAudience
{
    [JsonStringEnumMemberName("coordinator")] Coordinator,
    [JsonStringEnumMemberName("participant")] Participant,

    /// <summary>A steering-group member who opted in (renewal reminders and the digest).</summary>
    [JsonStringEnumMemberName("steering-group")] SteeringGroup,
}
