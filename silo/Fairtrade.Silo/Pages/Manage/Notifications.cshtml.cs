using Fairtrade.Abstractions.CalendarFeed;
using Fairtrade.Abstractions.Notifications;
using Fairtrade.Grains.Notifications.Mail;
using Fairtrade.Rules.Rulesets;
using Microsoft.AspNetCore.Mvc;

namespace Fairtrade.Silo.Pages.Manage;

/// <summary>The town's reminder outbox (newest first), where the coordinator's reminders go, and its calendar links.</summary>
public sealed class NotificationsModel(IGrainFactory grains, IServiceProvider services, RulesetCatalog rulesets) : TownPageModel(grains)
{
    public override string Tab => "notifications";

    public Notification[] Outbox { get; private set; } = [];

    public string? CoordinatorEmail { get; private set; }

    /// <summary>The language of the coordinator's mails: as set, else the town's.</summary>
    public string CoordinatorLanguage { get; private set; } = CampaignLanguages.Fallback;

    /// <summary>Newest first; the town's readers all make and revoke them (a feed is a way of reading the town).</summary>
    public CalendarLink[] CalendarLinks { get; private set; } = [];

    /// <summary>Whether reminders also go out by e-mail (a mail sender is registered only when SMTP is configured).</summary>
    public bool MailConfigured => services.GetService<IMailSender>() is not null;

    protected override async Task<IActionResult> LoadAsync()
    {
        var notifications = Grains.Notifications(Town.Slug);
        Outbox = [.. (await notifications.ListAsync()).OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id, StringComparer.Ordinal)];
        var preferences = await notifications.GetPreferencesAsync();
        CoordinatorEmail = preferences.CoordinatorEmail;
        CoordinatorLanguage = preferences.CoordinatorLanguage ?? CampaignLanguages.ForCountry(rulesets.Find(Town.Ruleset)?.Country);
        CalendarLinks = [.. (await Grains.CalendarLinks(Town.Slug).GetLinksAsync()).OrderByDescending(l => l.CreatedAt)];
        return Page();
    }
}
