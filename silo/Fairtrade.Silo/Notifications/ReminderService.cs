using Fairtrade.Abstractions.Notifications;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains;
using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.Notifications.Mail;

namespace Fairtrade.Silo.Notifications;

/// <summary>
/// Reminders go out on time with nobody using the app: at start and every hour of the campaign clock, each town's
/// notifications grain creates what is due today, and whatever is not mailed yet is mailed (when e-mail is configured).
/// A reminder is created once, whichever silo sweeps, and mailed by one of them; a mail the server does not take now
/// is tried again at the next sweep.
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
                var notifications = grains.GetGrain<INotificationsGrain>(town);
                await notifications.SweepAsync(calendar.Today);
                if (mail is not null)
                {
                    await MailAsync(notifications, mail, cancellationToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Reminders of {Town} did not all go out; trying again at the next sweep", town);
            }
        }
    }

    /// <summary>A message refused for good is marked so and the rest go on; a server that does not answer stops the round.</summary>
    private async Task MailAsync(INotificationsGrain notifications, IMailSender mail, CancellationToken cancellationToken)
    {
        foreach (var due in await notifications.ClaimMailAsync())
        {
            try
            {
                await mail.SendAsync(new OutgoingMail(due.Recipient, due.Title, due.Message, $"<reminder-{due.Id}@fairtrade-town>"), cancellationToken);
                await notifications.MarkSentAsync(due.Id);
            }
            catch (MailRejectedException rejected)
            {
                logger.LogWarning(rejected, "Reminder {Notification} cannot be delivered to its recipient; it is marked failed", due.Id);
                await notifications.MarkFailedAsync(due.Id, rejected.Message);
            }
        }
    }
}
