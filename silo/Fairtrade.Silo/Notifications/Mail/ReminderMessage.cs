using System.Text;
using Fairtrade.Grains.Notifications.Mail;
using MimeKit;
using MimeKit.Text;

namespace Fairtrade.Silo.Notifications.Mail;

/// <summary>
/// Builds the MIME message of one reminder. What cannot become a message (an address no server takes, a subject with a
/// line break from a name stored before names were checked) is a <see cref="MailRejectedException"/>: it would fail
/// the same way at every try, so it must not hold up the reminders behind it.
/// </summary>
internal static class ReminderMessage
{
    public static MimeMessage Build(string from, OutgoingMail mail)
    {
        if (!MailboxAddress.TryParse(mail.To, out var to) || !to.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new MailRejectedException($"'{mail.To}' is not an address a mail server takes.", new FormatException(mail.To));
        }

        if (!SingleLineAttribute.IsSingleLine(mail.Subject))
        {
            throw new MailRejectedException("The subject holds a line break or a control character (from a name stored before names were checked); correct the name.", new FormatException(mail.Subject));
        }

        var body = new TextPart(TextFormat.Plain)
        {
            // Spam filters score base64 plain text as disguised (SpamAssassin MIME_BASE64_TEXT); German text is mostly ASCII anyway.
            ContentTransferEncoding = ContentEncoding.QuotedPrintable,
        };
        body.SetText(Encoding.UTF8, mail.Body);
        try
        {
            var message = new MimeMessage { Subject = mail.Subject, Body = body, MessageId = mail.MessageId.Trim('<', '>') };
            message.From.Add(MailboxAddress.Parse(from));
            message.To.Add(to);
            return message;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or ParseException)
        {
            throw new MailRejectedException($"The reminder to {mail.To} cannot be made into a message: {e.Message}", e);
        }
    }
}
