using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.Notifications;

public static class ReminderScheduleExtensions
{
    /// <summary>
    /// Runs the reminder rounds once per cluster (<see cref="ReminderScheduleGrain"/>); the silo needs a reminder service
    /// (in memory for one silo, Redis for a cluster).
    /// </summary>
    public static ISiloBuilder AddReminderSchedule(this ISiloBuilder builder, Action<ReminderScheduleOptions> configure)
    {
        builder.Services.Configure(configure);
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, ReminderScheduleStart>();
        return builder;
    }
}
