namespace Fairtrade.Abstractions.Notifications;

/// <summary>
/// The one schedule of reminder rounds in a cluster (key: <see cref="Towns.GrainKeys.ReminderSchedule"/>): once an
/// hour of the campaign's clock, and when its day changes, each town's reminders that are due are created and mailed.
/// An Orleans reminder wakes it on whichever silo is up, so the round runs once however many silos there are.
/// </summary>
[Alias("fairtrade.IReminderScheduleGrain")]
public interface IReminderScheduleGrain : IGrainWithStringKey
{
    /// <summary>Registers (or updates) the schedule's Orleans reminder; every silo calls it when it starts.</summary>
    [Alias("Start")]
    Task StartAsync();
}
