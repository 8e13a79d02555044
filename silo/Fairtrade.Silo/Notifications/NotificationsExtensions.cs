using Fairtrade.Silo.Notifications.Mail;

namespace Fairtrade.Silo.Notifications;

public static class NotificationsExtensions
{
    /// <summary>Reminders swept every hour, and mailed when <c>Fairtrade:Smtp:Host</c> is set.</summary>
    public static WebApplicationBuilder AddFairtradeNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddFairtradeMail(builder.Configuration);
        builder.Services.AddHostedService<ReminderService>();
        return builder;
    }
}
