using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Fairtrade.Grains.Notifications.Mail;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Notifications.Mail;

/// <summary>Sends through the configured SMTP server; a permanent refusal is a <see cref="MailRejectedException"/>.</summary>
public sealed class SmtpMailSender(IOptions<SmtpOptions> options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (!MailAddress.TryCreate(mail.To, out var to))
        {
            throw new MailRejectedException($"'{mail.To}' is not an address a mail server takes.", new FormatException(mail.To));
        }

        using var message = new MailMessage(new MailAddress(smtp.From!), to)
        {
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = mail.Body,
            BodyEncoding = Encoding.UTF8,
            // Spam filters score base64 plain text as disguised (SpamAssassin MIME_BASE64_TEXT); German text is mostly ASCII anyway.
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
        };
        message.Headers.Add("Message-ID", mail.MessageId);

        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = smtp.StartTls,
            UseDefaultCredentials = false,
            Credentials = smtp.UserName is null ? null : new NetworkCredential(smtp.UserName, smtp.Password),
        };

        // SmtpClient.Timeout applies to synchronous sends only.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(smtp.TimeoutSeconds));
        try
        {
            await client.SendMailAsync(message, timeout.Token);
        }
        catch (SmtpException refused) when ((int)refused.StatusCode >= 500)
        {
            throw new MailRejectedException($"The mail server refused the message to {mail.To}: {refused.Message}", refused);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The SMTP server {smtp.Host}:{smtp.Port} did not take the message within {smtp.TimeoutSeconds} s.");
        }
    }
}
