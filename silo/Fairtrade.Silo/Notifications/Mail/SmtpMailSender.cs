using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Notifications.Mail;

public sealed class SmtpMailSender(IOptions<SmtpOptions> options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var message = new MailMessage(new MailAddress(smtp.From!), new MailAddress(mail.To))
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
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The SMTP server {smtp.Host}:{smtp.Port} did not take the message within {smtp.TimeoutSeconds} s.");
        }
    }
}
