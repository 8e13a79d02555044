using System.Globalization;
using Fairtrade.Abstractions.Accessibility;
using Fairtrade.Grains.Notifications.Mail;
using Fairtrade.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Accessibility;

/// <summary>
/// Words the mail that tells the operator of a report, in the language of the page it came from; none when mail is
/// off or no <see cref="FairtradeOptions.AccessibilityContact"/> is set.
/// </summary>
public sealed class BarrierNotices(IOptions<FairtradeOptions> options, IServiceProvider services)
{
    public string? Contact => options.Value.AccessibilityContact;

    public BarrierNotice? For(BarrierReportDraft report, DateTimeOffset receivedAt)
    {
        if (string.IsNullOrWhiteSpace(Contact) || services.GetService<IMailSender>() is null)
        {
            return null;
        }

        var t = AccessibilityTexts.For(report.Language ?? "");
        return new BarrierNotice(
            Contact,
            t.MailSubject(report.Page),
            t.MailBody(report.Page, report.What, report.Email ?? t.NoReplyAddress, receivedAt.ToString("u", CultureInfo.InvariantCulture)));
    }
}
