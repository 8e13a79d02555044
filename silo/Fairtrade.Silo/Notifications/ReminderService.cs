using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains;
using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.Notifications.Mail;

namespace Fairtrade.Silo.Notifications;

/// <summary>
/// Reminders go out on time with nobody using the app: at start and every hour of the campaign clock, each town's
/// notifications grain creates what is due today, and whatever is not mailed yet is mailed (when e-mail is configured).
/// A reminder is created once, whichever silo sweeps; a mail that fails is tried again at the next sweep.
/// </summary>
public sealed class ReminderService(
    IGrainFactory grains,
    CampaignCalendar calendar,
    [FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time,
    IServiceProvider services,
    ILogger<ReminderService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await SweepAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var mail = services.GetService<IMailSender>();
        string[] towns;
        try
        {
            towns = await grains.GetGrain<ITownDirectoryGrain>(GrainKeys.TownDirectory).ListAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not list the towns for reminders; trying again at the next sweep");
            return;
        }

        foreach (var town in towns)
        {
            try
            {
                var notifications = NotificationsApi.Notifications(grains, town);
                await notifications.SweepAsync(calendar.Today);
                if (mail is not null)
                {
                    foreach (var due in (await notifications.ListAsync()).Where(n => n.IsMailable()))
                    {
                        await mail.SendAsync(new OutgoingMail(due.Recipient, due.Title, due.Message, $"<reminder-{due.Id}@fairtrade-town>"), cancellationToken);
                        await notifications.MarkSentAsync(due.Id);
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Reminders of {Town} did not all go out; trying again at the next sweep", town);
            }
        }
    }
}
