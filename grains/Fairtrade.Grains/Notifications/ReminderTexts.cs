using Fairtrade.Abstractions.Evidence;
using Fairtrade.Rules.Reminders;

namespace Fairtrade.Grains.Notifications;

/// <summary>
/// The wording of reminders, in German and in English: a title (the e-mail's subject line) and a message. They count
/// the days actually left, which after a pause may be fewer than the reminder's stage.
/// </summary>
internal abstract class ReminderTexts
{
    public static ReminderTexts For(string language) => language == "de" ? German.Instance : English.Instance;

    public abstract string Language { get; }

    public abstract (string Title, string Message) ForCoordinator(DueReminder due, int daysLeft, string townName, string subjectName);

    public abstract (string Title, string Message) ForParticipant(DueReminder due, int daysLeft, string townName, string participantName, string? person, string? pageUrl);

    public abstract string SubjectName(string subject, string? participantName);

    public abstract string Day(DateOnly day);

    private sealed class English : ReminderTexts
    {
        public static readonly English Instance = new();

        public override string Language => "en";

        public override (string Title, string Message) ForCoordinator(DueReminder due, int daysLeft, string townName, string subjectName) => due.Kind switch
        {
            ReminderKind.RenewalDue => (
                $"{townName}: the Fairtrade Town title is due for renewal on {Day(due.DueOn)}",
                $"The Fairtrade Town title of {townName} is due for renewal on {Day(due.DueOn)}, {In(daysLeft)}. "
                + "Check the status and export the renewal workbook in time."),
            ReminderKind.RenewalDeadline => (
                $"{townName}: the renewal must be submitted by {Day(due.DueOn)}",
                $"The campaign invited {townName} to renew its Fairtrade Town title. The renewal must be submitted by {Day(due.DueOn)}, "
                + $"{In(daysLeft)}. The coordinator submits it on the town's renewal page, which freezes the workbook and status of that day."),
            _ => (
                $"{townName}: the evidence for {subjectName} runs out on {Day(due.DueOn)}",
                $"The evidence for {subjectName} stops counting on {Day(due.DueOn)}, {In(daysLeft)}, and no newer evidence "
                + $"follows it. Without new evidence it no longer counts toward the Fairtrade Town title of {townName}."),
        };

        public override (string Title, string Message) ForParticipant(DueReminder due, int daysLeft, string townName, string participantName, string? person, string? pageUrl) => (
            $"Your Fairtrade evidence for {participantName} runs out on {Day(due.DueOn)}",
            $"{(person is null ? "Hello" : $"Hello {person}")}, the proof that {participantName} takes part in Fairtrade Town {townName} "
            + $"stops counting on {Day(due.DueOn)}, {In(daysLeft)}. "
            + (pageUrl is null
                ? "This service has no public address configured, so this mail cannot link to your page; please ask the town's Fairtrade coordinator for a link."
                : $"Please sign a new declaration or send a photo on your page: {pageUrl}")
            + " Thank you for taking part!");

        public override string SubjectName(string subject, string? participantName) => subject switch
        {
            EvidenceSubjects.Council => "the council resolution",
            EvidenceSubjects.SteeringGroup => "the steering group",
            _ => participantName ?? subject,
        };

        public override string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        private static string In(int days) => days == 1 ? "in 1 day" : $"in {days} days";
    }

    private sealed class German : ReminderTexts
    {
        public static readonly German Instance = new();

        public override string Language => "de";

        public override (string Title, string Message) ForCoordinator(DueReminder due, int daysLeft, string townName, string subjectName) => due.Kind switch
        {
            ReminderKind.RenewalDue => (
                $"{townName}: Der Titel Fairtrade-Town ist am {Day(due.DueOn)} zur Erneuerung fällig",
                $"Der Titel Fairtrade-Town von {townName} ist am {Day(due.DueOn)} zur Erneuerung fällig, {In(daysLeft)}. "
                + "Bitte den Stand prüfen und die Arbeitsmappe zur Erneuerung rechtzeitig exportieren."),
            ReminderKind.RenewalDeadline => (
                $"{townName}: Die Erneuerung ist bis {Day(due.DueOn)} einzureichen",
                $"Die Kampagne hat {townName} zur Erneuerung des Titels Fairtrade-Town eingeladen. Die Erneuerung ist bis {Day(due.DueOn)} "
                + $"einzureichen, {In(daysLeft)}. Die Koordination reicht sie auf der Erneuerungsseite der Stadt ein; Arbeitsmappe und Stand "
                + "dieses Tages werden dabei eingefroren."),
            _ => (
                $"{townName}: Der Nachweis für {subjectName} läuft am {Day(due.DueOn)} ab",
                $"Der Nachweis für {subjectName} zählt ab {Day(due.DueOn)} nicht mehr, {In(daysLeft)}, und kein neuerer folgt ihm. "
                + $"Ohne neuen Nachweis zählt er nicht mehr für den Titel Fairtrade-Town von {townName}."),
        };

        public override (string Title, string Message) ForParticipant(DueReminder due, int daysLeft, string townName, string participantName, string? person, string? pageUrl) => (
            $"Ihr Fairtrade-Nachweis für {participantName} läuft am {Day(due.DueOn)} ab",
            $"{(person is null ? "Guten Tag" : $"Guten Tag {person}")}, der Nachweis, dass {participantName} bei der Fairtrade-Town {townName} "
            + $"mitmacht, zählt ab {Day(due.DueOn)} nicht mehr, {In(daysLeft)}. "
            + (pageUrl is null
                ? "Für diesen Dienst ist keine öffentliche Adresse eingerichtet, daher kann diese Mail nicht auf Ihre Seite verweisen; bitte fragen Sie die Fairtrade-Koordination der Stadt nach einem Link."
                : $"Bitte unterschreiben Sie auf Ihrer Seite eine neue Erklärung oder senden Sie ein Foto: {pageUrl}")
            + " Danke fürs Mitmachen!");

        public override string SubjectName(string subject, string? participantName) => subject switch
        {
            EvidenceSubjects.Council => "den Ratsbeschluss",
            EvidenceSubjects.SteeringGroup => "die Steuerungsgruppe",
            _ => participantName ?? subject,
        };

        public override string Day(DateOnly day) => day.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);

        private static string In(int days) => days == 1 ? "in 1 Tag" : $"in {days} Tagen";
    }
}
