namespace Fairtrade.Abstractions.Notifications;

/// <summary>
/// A town's reminders (key: the town's slug): which are due is asked of the town's status; each is created once, kept
/// in a durable outbox, and marked when it has been mailed.
/// </summary>
[Alias("fairtrade.INotificationsGrain")]
public interface INotificationsGrain : IGrainWithStringKey
{
    /// <summary>Creates the reminders due on <paramref name="today"/> that are not in the outbox yet; answers how many.</summary>
    [Alias("Sweep")]
    Task<int> SweepAsync(DateOnly today);

    /// <summary>The outbox, oldest first.</summary>
    [Alias("List")]
    Task<Notification[]> ListAsync();

    /// <summary>
    /// The reminders to mail now, each handed to one caller at a time: another silo's sweep does not get them again
    /// until they are marked, or a few minutes have passed.
    /// </summary>
    [Alias("ClaimMail")]
    Task<Notification[]> ClaimMailAsync();

    [Alias("MarkSent")]
    Task MarkSentAsync(string notificationId);

    /// <summary>The mail server refused the message for good; it is kept with the reason and not tried again.</summary>
    [Alias("MarkFailed")]
    Task MarkFailedAsync(string notificationId, string error);

    [Alias("GetCoordinatorEmail")]
    Task<string?> GetCoordinatorEmailAsync();

    [Alias("SetCoordinatorEmail")]
    Task SetCoordinatorEmailAsync(string? email, string actor);
}
