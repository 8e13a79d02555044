using Fairtrade.Abstractions.Notifications;
using Fairtrade.Abstractions.Storage;
using Microsoft.Extensions.Options;

namespace Fairtrade.Grains.Notifications;

/// <summary>
/// Runs the reminder rounds. A round is started in the background of the activation, so the reminder's tick answers
/// at once; a round cut short by a dying silo is run again by the next activation, which creates nothing twice (a
/// reminder's id says what it is about) and mails nothing twice (each town's grain marks what it mailed).
/// </summary>
public sealed class ReminderScheduleGrain(
    [PersistentState(StateNames.ReminderSchedule, StorageNames.Main)] IPersistentState<ReminderScheduleState> state,
    CampaignCalendar calendar,
    IOptions<ReminderScheduleOptions> options,
    ILogger<ReminderScheduleGrain> logger) : Grain, IReminderScheduleGrain, IRemindable
{
    public const string ReminderName = "reminder-round";

    private Task _round = Task.CompletedTask;
    private bool _stopping;

    /// <summary>Registered again at each silo's start, so a changed <see cref="ReminderScheduleOptions.CheckEvery"/> takes effect.</summary>
    public Task StartAsync() => this.RegisterOrUpdateReminder(ReminderName, options.Value.CheckEvery, options.Value.CheckEvery);

    /// <summary>A silo that stops lets the round in progress finish the town it is at, and starts no other.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _stopping = true;
        try
        {
            await _round.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("The reminder round did not finish in time for the silo to stop; the next activation runs it again");
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ReminderName && _round.IsCompleted && IsDue(calendar.Now))
        {
            _round = RunRoundAsync();
        }

        return Task.CompletedTask;
    }

    private bool IsDue(DateTimeOffset now) =>
        state.State.LastRoundAt is not { } last
        || now - last >= options.Value.RoundEvery
        || calendar.DayOf(now) != calendar.DayOf(last);

    private async Task RunRoundAsync()
    {
        var startedAt = calendar.Now;
        var today = calendar.DayOf(startedAt);
        try
        {
            var towns = await GrainFactory.TownDirectory().ListAsync();
            foreach (var batch in towns.Chunk(options.Value.TownsAtOnce))
            {
                if (_stopping)
                {
                    return;
                }

                await Task.WhenAll(batch.Select(town => SweepAsync(town, today)));
            }

            state.State.LastRoundAt = startedAt;
            await state.WriteStateAsync();
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "The reminder round of {Day} did not finish; it runs again at the next check", today);
        }
    }

    /// <summary>
    /// A town whose reminders did not all go out is tried again in the next round; the others go on. Each town also
    /// posts its row to the campaign's console, whose "as of" and forecast move with the day.
    /// </summary>
    private async Task SweepAsync(string town, DateOnly today)
    {
        try
        {
            await GrainFactory.Town(town).RefreshCampaignRowAsync();
            await GrainFactory.Notifications(town).SweepAsync(today);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Reminders of {Town} did not all go out; trying again in the next round", town);
        }
    }
}
