using Fairtrade.Grains.Notifications.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Notifications.Mail;

/// <summary>
/// Sends through the configured SMTP server with MailKit; a permanent refusal is a <see cref="MailRejectedException"/>.
/// With credentials, the connection must be upgraded with STARTTLS before anything else, so the password never
/// travels in clear; without, it is upgraded when the server offers it (or must be, with <see cref="SmtpOptions.StartTls"/>).
/// </summary>
public sealed class SmtpMailSender(IOptions<SmtpOptions> options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var message = ReminderMessage.Build(smtp.From!, mail);
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(smtp.TimeoutSeconds));
        var tlsRequired = smtp.StartTls || smtp.UserName is not null;
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, tlsRequired ? SecureSocketOptions.StartTls : SecureSocketOptions.StartTlsWhenAvailable, timeout.Token);
            if (smtp.UserName is not null)
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", timeout.Token);
            }

            await client.SendAsync(message, timeout.Token);
            await client.DisconnectAsync(quit: true, timeout.Token);
        }
        catch (NotSupportedException) when (tlsRequired && !client.IsSecure)
        {
            throw new SmtpTlsMissingException(
                $"The SMTP server {smtp.Host}:{smtp.Port} does not offer STARTTLS; with Fairtrade:Smtp:UserName or StartTls set, "
                + "mail goes out over TLS only (the password never in clear), so nothing was sent.");
        }
        catch (SmtpCommandException refused) when ((int)refused.StatusCode >= 500)
        {
            throw new MailRejectedException($"The mail server refused the message to {mail.To}: {refused.Message}", refused);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The SMTP server {smtp.Host}:{smtp.Port} did not take the message within {smtp.TimeoutSeconds} s.");
        }
    }
}
