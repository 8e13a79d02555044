namespace Fairtrade.Grains.Notifications;

/// <summary>How the reminder schedule runs.</summary>
public sealed class ReminderScheduleOptions
{
    /// <summary>How often a round is due on the campaign's clock (and whenever its day changes). Default one hour.</summary>
    public TimeSpan RoundEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the schedule's Orleans reminder wakes it to see whether a round is due. Default one minute.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many towns are swept at the same time in a round. Default 8.</summary>
    public int TownsAtOnce { get; set; } = 8;
}
