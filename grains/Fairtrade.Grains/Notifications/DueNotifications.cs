using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Notifications;
using Fairtrade.Abstractions.Renewals;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Reminders;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Grains.Notifications;

/// <summary>
/// Which messages a town owes on a day, each worded in its recipient's language: evidence running out and the title
/// falling due (coordinator, participant), the renewal's deadline (coordinator, opted-in steering group), the weekly
/// digest (coordinator with an address, opted-in steering group). The grain keeps them from being created twice.
/// </summary>
/// <param name="pageOf">The address of a participant's page for its reminder, valid through the day given; null when
/// none can be given. Asked only for a reminder the outbox lacks, since it may make a new upload link.</param>
internal sealed class DueNotifications(
    IGrainFactory grains, string town, MailPreferences preferences, IAuditLog audit, RulesetCatalog rulesets, CampaignCalendar calendar,
    Func<string, DateOnly, Task<string?>> pageOf)
{
    /// <summary>How long after the evidence runs out the link in its reminder still opens the participant's page.</summary>
    private const int LinkDaysAfterDue = 8 * 7;

    public sealed record Draft(DueReminder Due, NotificationAudience Audience, string Recipient, string Title, string Message);

    /// <param name="known">Whether the outbox holds that message already: the week's digest is gathered (the audit
    /// trail, every participant's evidence) only while a recipient still lacks it, not at every hourly sweep, and a
    /// participant's reminder is drafted (with a new link) only once.</param>
    public async Task<List<Draft>> ListAsync(DateOnly today, Func<DueReminder, NotificationAudience, string, bool> known)
    {
        var townGrain = grains.Town(town);
        if (await townGrain.GetProfileAsync() is not { } profile || await townGrain.GetStatusAsync(today) is not { } status)
        {
            return [];
        }

        var ruleset = rulesets.Get(profile.Ruleset);
        var townLanguage = CampaignLanguages.ForCountry(ruleset.Country);
        var coordinator = ReminderTexts.For(preferences.CoordinatorLanguage ?? townLanguage);
        var coordinatorAddress = preferences.CoordinatorEmail ?? "coordinator";
        var drafts = new List<Draft>();
        foreach (var due in ReminderSchedule.Due(status, today))
        {
            var participant = due.Kind == ReminderKind.EvidenceExpiring && !EvidenceSubjects.IsTownLevel(due.Subject)
                ? await grains.Participant(town, due.Subject).GetAsync(today)
                : null;
            var (title, message) = coordinator.ForCoordinator(due, DaysLeft(due, today), profile.Name, coordinator.SubjectName(due.Subject, participant?.Details.Name));
            drafts.Add(new Draft(due, NotificationAudience.Coordinator, coordinatorAddress, title, message));
            if (participant?.Details.Contact?.Email is { } email && !known(due, NotificationAudience.Participant, email))
            {
                // A participant's own language where the product speaks it, else the town's.
                var language = CampaignLanguages.Supported.Contains(participant.Details.Language) ? participant.Details.Language! : townLanguage;
                var page = await pageOf(due.Subject, due.DueOn.AddDays(LinkDaysAfterDue));
                (title, message) = ReminderTexts.For(language).ForParticipant(due, DaysLeft(due, today), profile.Name, participant.Details.Name, participant.Details.Contact.Person, page);
                drafts.Add(new Draft(due, NotificationAudience.Participant, email, title, message));
            }
        }

        var open = (await grains.Renewals(town).ListAsync()).LastOrDefault(r => r.Decision is null);
        if (open is { SubmittedOn: null } && ReminderSchedule.RenewalDeadline(town, open.Deadline, ruleset.Renewal.ReminderDays, today) is { } deadline)
        {
            foreach (var (audience, address, language) in Recipients(coordinatorAddress, coordinator.Language))
            {
                var (title, message) = ReminderTexts.For(language).ForCoordinator(deadline, DaysLeft(deadline, today), profile.Name, profile.Name);
                drafts.Add(new Draft(deadline, audience, address, title, message));
            }
        }

        var digest = new DueReminder(ReminderKind.WeeklyDigest, town, null, WeeklyDigest.WeekOf(today), 0);
        var digestRecipients = Recipients(coordinatorAddress, coordinator.Language)
            .Where(r => r.Audience == NotificationAudience.SteeringGroup || (preferences.CoordinatorDigest && preferences.CoordinatorEmail is not null))
            .Where(r => !known(digest, r.Audience, r.Address))
            .ToArray();
        if (digestRecipients.Length > 0)
        {
            var facts = await DigestFactsAsync(townGrain, profile.Name, status, open, today);
            foreach (var (audience, address, language) in digestRecipients)
            {
                var (title, message) = WeeklyDigest.Write(facts, language, calendar.Local);
                drafts.Add(new Draft(digest, audience, address, title, message));
            }
        }

        return drafts;
    }

    private static int DaysLeft(DueReminder due, DateOnly today) => due.DueOn.DayNumber - today.DayNumber;

    private IEnumerable<(NotificationAudience Audience, string Address, string Language)> Recipients(string coordinatorAddress, string coordinatorLanguage) =>
        preferences.SteeringGroup.Select(r => (NotificationAudience.SteeringGroup, r.Email, r.Language))
            .Prepend((NotificationAudience.Coordinator, coordinatorAddress, coordinatorLanguage));

    private async Task<DigestFacts> DigestFactsAsync(
        ITownGrain townGrain, string townName, Rules.Status.StatusReport status, Renewal? open, DateOnly today)
    {
        var participants = (await townGrain.GetParticipantsAsync()).Where(p => !p.Archived).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var waiting = participants.Values
            .SelectMany(p => p.Evidence.Where(e => e.Status == EvidenceStatus.Submitted).Select(e => (p.Id, (string?)p.Name, e.EffectiveDate)))
            .Concat((await townGrain.GetEvidenceAsync()).Where(e => e.Status == EvidenceStatus.Submitted)
                .Select(e => (e.Subject, (string?)null, e.EffectiveDate)))
            .OrderBy(w => w.EffectiveDate).ToArray();
        var runningOut = status.ExpiringSoon.Where(e => e.ValidUntil <= today.AddDays(60))
            .Select(e => (e.Subject, participants.GetValueOrDefault(e.Subject)?.Name, EvidenceFacts.LastValidDayBefore(e.ValidUntil)))
            .ToArray();
        var changes = await audit.ReadAsync(town, calendar.StartOf(today.AddDays(-7)));
        return new DigestFacts(townName, WeeklyDigest.WeekOf(today), status, changes, waiting, runningOut, open);
    }
}
