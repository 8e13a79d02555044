using Fairtrade.Abstractions.Evidence;
using Fairtrade.Rules.Reminders;

namespace Fairtrade.Grains.Notifications;

/// <summary>The wording of reminders: a title (the e-mail's subject line) and a message.</summary>
internal static class ReminderTexts
{
    public static (string Title, string Message) ForCoordinator(DueReminder due, string townName, string subjectName) => due.Kind switch
    {
        ReminderKind.RenewalDue => (
            $"{townName}: the Fairtrade Town title is due for renewal on {due.DueOn:yyyy-MM-dd}",
            $"The Fairtrade Town title of {townName} is due for renewal on {due.DueOn:yyyy-MM-dd}, {In(due.DaysBefore)}. "
            + "Check the status and export the renewal workbook in time."),
        _ => (
            $"{townName}: the evidence for {subjectName} runs out on {due.DueOn:yyyy-MM-dd}",
            $"The evidence for {subjectName} stops counting on {due.DueOn:yyyy-MM-dd}, {In(due.DaysBefore)}, and no newer evidence "
            + $"follows it. Without new evidence it no longer counts toward the Fairtrade Town title of {townName}."),
    };

    public static (string Title, string Message) ForParticipant(DueReminder due, string townName, string participantName, string? person) => (
        $"Your Fairtrade evidence for {participantName} runs out on {due.DueOn:yyyy-MM-dd}",
        $"{(person is null ? "Hello" : $"Hello {person}")}, the proof that {participantName} takes part in Fairtrade Town {townName} "
        + $"stops counting on {due.DueOn:yyyy-MM-dd}, {In(due.DaysBefore)}. Please send a new declaration or photo through your "
        + "upload link, or ask the town's Fairtrade coordinator for a new link. Thank you for taking part!");

    public static string SubjectName(string subject, string? participantName) => subject switch
    {
        EvidenceSubjects.Council => "the council resolution",
        EvidenceSubjects.SteeringGroup => "the steering group",
        _ => participantName ?? subject,
    };

    private static string In(int days) => days == 1 ? "in 1 day" : $"in {days} days";
}
