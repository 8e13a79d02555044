using Fairtrade.Abstractions.Notifications;

namespace Fairtrade.Silo.Notifications;

public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/towns/{slug}").WithTags("Notifications").AddEndpointFilter<PathIdentifiersFilter>();
        group.MapGet("/notifications", ListAsync).WithSummary("List the reminders sent").RequireAuthorization(Policies.TownReader);
        group.MapGet("/notification-settings", GetSettingsAsync).WithSummary("Read where reminders go").RequireAuthorization(Policies.TownReader);
        group.MapPut("/notification-settings", SetSettingsAsync).WithSummary("Set where reminders go").RequireAuthorization(Policies.Coordinator);
        return group;
    }

    /// <summary>The outbox, oldest first.</summary>
    public static async Task<Results<Ok<Notification[]>, ProblemHttpResult>> ListAsync(string slug, IGrainFactory grains) =>
        await grains.Town(slug).GetProfileAsync() is null
            ? Problems.NotFound(t => t.NoTown(slug))
            : TypedResults.Ok(await grains.Notifications(slug).ListAsync());

    public static async Task<Results<Ok<NotificationSettings>, ProblemHttpResult>> GetSettingsAsync(string slug, IGrainFactory grains) =>
        await grains.Town(slug).GetProfileAsync() is null
            ? Problems.NotFound(t => t.NoTown(slug))
            : TypedResults.Ok(NotificationSettings.From(await grains.Notifications(slug).GetPreferencesAsync()));

    public static async Task<Results<Ok<NotificationSettings>, ProblemHttpResult>> SetSettingsAsync(
        string slug, NotificationSettings settings, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (await grains.Town(slug).GetProfileAsync() is null)
        {
            return Problems.NotFound(t => t.NoTown(slug));
        }

        var notifications = grains.Notifications(slug);
        var preferences = settings.Over(await notifications.GetPreferencesAsync());
        await notifications.SetPreferencesAsync(preferences, user.Actor());
        return TypedResults.Ok(NotificationSettings.From(preferences));
    }
}
