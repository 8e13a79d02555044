using System.Security.Cryptography;
using System.Text;
using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Notifications;
using Fairtrade.Abstractions.Storage;
using Fairtrade.Grains.Audit;
using Fairtrade.Grains.Notifications.Mail;
using Fairtrade.Grains.Persistence;
using Fairtrade.Rules.Reminders;
using Fairtrade.Rules.Rulesets;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Grains.Notifications;

public sealed class NotificationsGrain(
    [PersistentState(StateNames.Notifications, StorageNames.Main)] IPersistentState<NotificationsState> state,
    [FromKeyedServices(CampaignClock.ServiceKey)] TimeProvider time,
    IAuditLog auditLog,
    RulesetCatalog rulesets,
    CampaignCalendar calendar,
    IServiceProvider services,
    ILogger<NotificationsGrain> logger) : Grain, INotificationsGrain
{
    private string Town => this.GetPrimaryKeyString();

    private AuditOutbox Audit => new(state.State.PendingAudit, auditLog, Town, time, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Audit.FlushAsync();

    public async Task<int> SweepAsync(DateOnly today)
    {
        var created = await CreateDueAsync(today);
        if (services.GetService<IMailSender>() is { } mail)
        {
            await MailAsync(mail);
        }

        return created;
    }

    public Task<Notification[]> ListAsync() => Task.FromResult(state.State.Outbox.Select(n => n with { Message = LinkSecrets.Hide(n.Message) }).ToArray());

    private async Task<int> CreateDueAsync(DateOnly today)
    {
        var known = state.State.Outbox.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var due = await new DueNotifications(GrainFactory, Town, Preferences, auditLog, rulesets, calendar, PageOfAsync)
            .ListAsync(today, (reminder, audience, recipient) => known.Contains(IdOf(reminder, audience, recipient)));
        var created = due.Select(d => Create(d.Due, d.Audience, d.Recipient, d.Title, d.Message)).Where(n => !known.Contains(n.Id)).ToList();
        if (created.Count > 0)
        {
            state.State.Outbox.AddRange(created);
            await state.SaveAsync();
        }

        return created.Count;
    }

    public Task<MailPreferences> GetPreferencesAsync() => Task.FromResult(Preferences);

    public async Task SetPreferencesAsync(MailPreferences preferences, string actor)
    {
        var before = Preferences;
        var changes = AuditChanges.Between(before, preferences);
        if (changes.Count == 0)
        {
            return;
        }

        Audit.Record(actor, "notifications.preferences-set", Town, changes);
        state.State.CoordinatorEmail = preferences.CoordinatorEmail;
        state.State.CoordinatorLanguage = preferences.CoordinatorLanguage;
        state.State.CoordinatorDigest = preferences.CoordinatorDigest;
        state.State.SteeringGroup = [.. preferences.SteeringGroup];
        await state.SaveAsync();
        await Audit.FlushAsync();
    }

    /// <summary>A link is made only where a mail will carry it; a reminder that is only listed shows the page without one.</summary>
    private async Task<string?> PageOfAsync(string participant, DateOnly lastDay) =>
        services.GetService<IParticipantPageLinks>() is { } links
            ? await links.PageAsync(Town, participant, lastDay, mint: services.GetService<IMailSender>() is not null)
            : null;

    private MailPreferences Preferences => new(
        state.State.CoordinatorEmail, state.State.CoordinatorLanguage, state.State.CoordinatorDigest, [.. state.State.SteeringGroup]);

    public async Task ErasePersonalDataAsync(string participantId, string[] values)
    {
        var erased = new ErasedValues(values);
        var outbox = state.State.Outbox.Select(n => n with
        {
            Recipient = (n.Audience == NotificationAudience.Participant && n.Subject == participantId) || erased.Hold(n.Recipient) ? ErasedValues.Marker : n.Recipient,
            Title = erased.Scrub(n.Title)!,
            Message = erased.Scrub(n.Message)!,
            Error = erased.Scrub(n.Error),
        }).ToList();
        if (!outbox.SequenceEqual(state.State.Outbox))
        {
            state.State.Outbox = outbox;
            await state.SaveAsync();
        }
    }

    /// <summary>
    /// Each message is marked in the same turn it is sent in; one the server refuses for good is marked failed. Either
    /// way its upload-link token leaves the stored message, so the outbox keeps no working secret.
    /// </summary>
    private async Task MailAsync(IMailSender mail)
    {
        foreach (var due in state.State.Outbox.Where(n => n.IsMailable()).ToArray())
        {
            try
            {
                await mail.SendAsync(new OutgoingMail(due.Recipient, due.Title, due.Message, $"<reminder-{due.Id}@fairtrade-town>"), CancellationToken.None);
                await SettleAsync(due.Id, n => n with { SentAt = time.GetUtcNow(), Message = LinkSecrets.Hide(n.Message) });
            }
            catch (MailRejectedException rejected)
            {
                logger.LogWarning(rejected, "Reminder {Notification} cannot be delivered to its recipient; it is marked failed", due.Id);
                await SettleAsync(due.Id, n => n with { FailedAt = time.GetUtcNow(), Error = rejected.Message, Message = LinkSecrets.Hide(n.Message) });
            }
        }
    }

    private async Task SettleAsync(string notificationId, Func<Notification, Notification> settle)
    {
        var index = state.State.Outbox.FindIndex(n => n.Id == notificationId);
        if (index >= 0 && state.State.Outbox[index].IsMailable())
        {
            state.State.Outbox[index] = settle(state.State.Outbox[index]);
            await state.SaveAsync();
        }
    }

    /// <summary>
    /// The id is made from what the reminder is about, so a reminder that is due again (every sweep of the same day,
    /// another silo's sweep, a sweep after a restart) is recognised and not created twice. Not from the evidence id:
    /// further evidence running out on the same day would change which one the status names.
    /// </summary>
    private Notification Create(DueReminder due, NotificationAudience audience, string recipient, string title, string message) =>
        new(IdOf(due, audience, recipient), due.Kind, audience, recipient, due.Subject, due.EvidenceId, due.DueOn, due.DaysBefore,
            title, message, time.GetUtcNow(), null);

    private string IdOf(DueReminder due, NotificationAudience audience, string recipient)
    {
        // Steering-group members are told apart by address; the other audiences have one recipient each.
        var key = $"{Town}|{due.Kind}|{due.Subject}|{due.DueOn:yyyy-MM-dd}|{due.DaysBefore}|{audience}"
            + (audience == NotificationAudience.SteeringGroup ? $"|{recipient.ToLowerInvariant()}" : "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}
