namespace Fairtrade.Silo.Notifications.Mail;

/// <summary>Sends e-mail. Registered only when <c>Fairtrade:Smtp:Host</c> is set; without one, e-mail is off.</summary>
public interface IMailSender
{
    /// <summary>Sends one message; throws when the server did not accept it, so that the caller can retry later.</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
