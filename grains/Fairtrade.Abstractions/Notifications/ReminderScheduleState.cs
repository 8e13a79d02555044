namespace Fairtrade.Abstractions.Notifications;

/// <summary>The stored state of the reminder schedule: when the last round began, so a silo taking it over knows what is due.</summary>
[GenerateSerializer, Alias("fairtrade.ReminderScheduleState")]
public sealed class ReminderScheduleState
{
    [Id(0), JsonPropertyName("lastRoundAt")] public DateTimeOffset? LastRoundAt { get; set; }
}
