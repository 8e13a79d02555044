using Orleans.Concurrency;

namespace Fairtrade.Abstractions.Notifications;

/// <summary>
/// A town's reminders (key: the town's slug): which are due is asked of the town's status; each is created once, kept
/// in a durable outbox, and mailed from there by the grain itself, which marks it in the same turn, so a silo that
/// stops gracefully never leaves a mailed reminder unmarked.
/// </summary>
[Alias("fairtrade.INotificationsGrain")]
public interface INotificationsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the reminders due on <paramref name="today"/> that are not in the outbox yet, then mails those not
    /// mailed yet (when e-mail is set up); answers how many were created. A message the server refuses for good is
    /// marked failed and the rest go on; a server that does not answer leaves the rest for the next sweep.
    /// </summary>
    [Alias("Sweep")]
    Task<int> SweepAsync(DateOnly today);

    /// <summary>The outbox, oldest first; answered even while a sweep waits for the mail server.</summary>
    [Alias("List"), AlwaysInterleave]
    Task<Notification[]> ListAsync();

    /// <summary>
    /// Takes a participant's erased personal data out of the outbox: its own reminders lose their recipient (and are
    /// never mailed), and every title, message and error loses the <paramref name="values"/>.
    /// </summary>
    [Alias("ErasePersonalData")]
    Task ErasePersonalDataAsync(string participantId, string[] values);

    [Alias("GetPreferences")]
    Task<MailPreferences> GetPreferencesAsync();

    [Alias("SetPreferences")]
    Task SetPreferencesAsync(MailPreferences preferences, string actor);
}
