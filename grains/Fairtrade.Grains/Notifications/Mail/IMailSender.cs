namespace Fairtrade.Grains.Notifications.Mail;

/// <summary>Sends e-mail. Registered only when <c>Fairtrade:Smtp:Host</c> is set; without one, e-mail is off.</summary>
public interface IMailSender
{
    /// <summary>
    /// Sends one message; throws <see cref="MailRejectedException"/> when it can never be delivered, and anything else
    /// when the server did not take it now, so that the caller can retry later.
    /// </summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
