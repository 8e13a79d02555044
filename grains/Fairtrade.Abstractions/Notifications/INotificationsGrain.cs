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

    [Alias("MarkSent")]
    Task MarkSentAsync(string notificationId);

    [Alias("GetCoordinatorEmail")]
    Task<string?> GetCoordinatorEmailAsync();

    [Alias("SetCoordinatorEmail")]
    Task SetCoordinatorEmailAsync(string? email, string actor);
}
