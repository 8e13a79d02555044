using Fairtrade.Silo.Notifications.Mail;

namespace Fairtrade.Silo.Notifications;

public static class NotificationsExtensions
{
    /// <summary>Reminders are mailed when <c>Fairtrade:Smtp:Host</c> is set; the cluster's one schedule sweeps them (see the silo's hosting).</summary>
    public static WebApplicationBuilder AddFairtradeNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddFairtradeMail(builder.Configuration);
        return builder;
    }
}
