using Fairtrade.Grains.Notifications;
using Fairtrade.Silo.Notifications.Mail;
using Fairtrade.Silo.UploadLinks;

namespace Fairtrade.Silo.Notifications;

public static class NotificationsExtensions
{
    /// <summary>
    /// Reminders are mailed when <c>Fairtrade:Smtp:Host</c> is set; the cluster's one schedule sweeps them (see the silo's
    /// hosting). A participant's reminder carries a new upload link to its page.
    /// </summary>
    public static WebApplicationBuilder AddFairtradeNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddFairtradeMail(builder.Configuration);
        builder.Services.AddSingleton<IParticipantPageLinks, ParticipantPageLinks>();
        return builder;
    }
}
