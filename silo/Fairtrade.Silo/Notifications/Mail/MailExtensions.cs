using Fairtrade.Grains.Notifications.Mail;
using MimeKit;

namespace Fairtrade.Silo.Notifications.Mail;

public static class MailExtensions
{
    /// <summary>
    /// Binds and validates <see cref="SmtpOptions"/> at start, and registers <see cref="IMailSender"/> only when
    /// <c>Fairtrade:Smtp:Host</c> is set, so that its absence says e-mail is off.
    /// </summary>
    public static IServiceCollection AddFairtradeMail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SmtpOptions.Section);
        services.AddOptions<SmtpOptions>().Bind(section)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.Host) || (MailboxAddress.TryParse(o.From, out var from) && from.Address.Contains('@', StringComparison.Ordinal)),
                "Fairtrade:Smtp:From must be an e-mail address when Fairtrade:Smtp:Host is set.")
            .ValidateOnStart();
        if (!string.IsNullOrWhiteSpace(section[nameof(SmtpOptions.Host)]))
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }

        return services;
    }
}
