using Fairtrade.Abstractions.Towns;

namespace Fairtrade.Grains.Notifications;

/// <summary>When a silo becomes active, it makes sure the cluster's reminder schedule is registered (a no-op if it is).</summary>
internal sealed class ReminderScheduleStart(IGrainFactory grains) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ReminderScheduleStart), ServiceLifecycleStage.Active,
            _ => grains.ReminderSchedule().StartAsync());
}
