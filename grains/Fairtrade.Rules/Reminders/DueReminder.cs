namespace Fairtrade.Rules.Reminders;

/// <summary>A reminder that is due: <see cref="DaysBefore"/> days (30, 7 or 1) before <see cref="DueOn"/>.</summary>
/// <param name="Subject">The evidence's subject, or the town's slug for the renewal.</param>
/// <param name="DueOn">The day the evidence stops counting, or the renewal falls due.</param>
[GenerateSerializer, Immutable, Alias("fairtrade.DueReminder")]
public sealed record DueReminder(
    [property: Id(0)] ReminderKind Kind,
    [property: Id(1)] string Subject,
    [property: Id(2)] string? EvidenceId,
    [property: Id(3)] DateOnly DueOn,
    [property: Id(4)] int DaysBefore);
