using System.Globalization;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Grains.Localization;
using Fairtrade.Rules.Reminders;

namespace Fairtrade.Grains.Notifications;

/// <summary>
/// The wording of reminders (ReminderTexts.*.resx): a title (the e-mail's subject line) and a message of one key per
/// sentence, so each language words its sentences its own way. They count the days actually left, which after a
/// pause may be fewer than the reminder's stage.
/// </summary>
internal sealed class ReminderTexts : TextCatalog<ReminderTexts>
{
    public string DayPattern => Get();
    public string InDaysOne => Get();
    public string InDaysMany(int days) => Format(nameof(InDaysMany), days);
    public IReadOnlyDictionary<string, string> Subjects => Group([EvidenceSubjects.Council, EvidenceSubjects.SteeringGroup]);

    public string RenewalDueTitle(string town, string day) => Format(nameof(RenewalDueTitle), town, day);
    public string RenewalDueMessage(string town, string day, string inDays) => Format(nameof(RenewalDueMessage), town, day, inDays);
    public string RenewalDueAction => Get();

    public string DeadlineTitle(string town, string day) => Format(nameof(DeadlineTitle), town, day);
    public string DeadlineInvited(string town) => Format(nameof(DeadlineInvited), town);
    public string DeadlineBy(string day, string inDays) => Format(nameof(DeadlineBy), day, inDays);
    public string DeadlineHow => Get();

    public string EvidenceTitle(string town, string subject, string day) => Format(nameof(EvidenceTitle), town, subject, day);
    public string EvidenceMessage(string subject, string day, string inDays) => Format(nameof(EvidenceMessage), subject, day, inDays);
    public string EvidenceConsequence(string town) => Format(nameof(EvidenceConsequence), town);

    public string ParticipantTitle(string participant, string day) => Format(nameof(ParticipantTitle), participant, day);
    public string ParticipantGreeting => Get();
    public string ParticipantGreetingTo(string person) => Format(nameof(ParticipantGreetingTo), person);
    public string ParticipantExpiry(string greeting, string participant, string town, string day, string inDays) =>
        Format(nameof(ParticipantExpiry), greeting, participant, town, day, inDays);
    public string ParticipantAction(string pageUrl) => Format(nameof(ParticipantAction), pageUrl);
    public string ParticipantWithoutAddress => Get();
    public string ParticipantThanks => Get();

    [Composed]
    public (string Title, string Message) ForCoordinator(DueReminder due, int daysLeft, string townName, string subjectName)
    {
        var (day, inDays) = (Day(due.DueOn), In(daysLeft));
        return due.Kind switch
        {
            ReminderKind.RenewalDue => (RenewalDueTitle(townName, day), Sentences(RenewalDueMessage(townName, day, inDays), RenewalDueAction)),
            ReminderKind.RenewalDeadline => (DeadlineTitle(townName, day), Sentences(DeadlineInvited(townName), DeadlineBy(day, inDays), DeadlineHow)),
            _ => (EvidenceTitle(townName, subjectName, day), Sentences(EvidenceMessage(subjectName, day, inDays), EvidenceConsequence(townName))),
        };
    }

    [Composed]
    public (string Title, string Message) ForParticipant(DueReminder due, int daysLeft, string townName, string participantName, string? person, string? pageUrl)
    {
        var day = Day(due.DueOn);
        var greeting = person is null ? ParticipantGreeting : ParticipantGreetingTo(person);
        return (ParticipantTitle(participantName, day),
            Sentences(ParticipantExpiry(greeting, participantName, townName, day, In(daysLeft)),
                pageUrl is null ? ParticipantWithoutAddress : ParticipantAction(pageUrl), ParticipantThanks));
    }

    /// <summary>The council's and the steering group's evidence by name; a participant's by its own name.</summary>
    [Composed]
    public string SubjectName(string subject, string? participantName) =>
        Subjects.TryGetValue(subject, out var name) ? name : participantName ?? subject;

    [Composed]
    public string Day(DateOnly day) => day.ToString(DayPattern, CultureInfo.InvariantCulture);

    private string In(int days) => days == 1 ? InDaysOne : InDaysMany(days);

    private static string Sentences(params string[] sentences) => string.Join(" ", sentences);
}
