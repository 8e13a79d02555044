using Fairtrade.Rules.Status;

namespace Fairtrade.Rules.Reminders;

/// <summary>
/// Which reminders are due on a day, from the town's status on that day: 30, 7 and 1 days before a subject's evidence
/// runs out (the status's "expiring soon") and before the renewal falls due. A pure function: whoever sends them keeps
/// track of what went out already.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>Days before the date, the earliest first.</summary>
    public static readonly int[] Stages = [30, 7, 1];

    /// <summary>
    /// Only the latest stage reached: after a pause (a silo down for a week) the 7-day reminder goes out, not the
    /// 30-day one it missed as well.
    /// </summary>
    public static DueReminder[] Due(StatusReport status, DateOnly today)
    {
        var due = new List<DueReminder>();
        foreach (var expiring in status.ExpiringSoon)
        {
            if (Stage(expiring.ValidUntil, today) is { } days)
            {
                due.Add(new DueReminder(ReminderKind.EvidenceExpiring, expiring.Subject, expiring.EvidenceId, expiring.ValidUntil, days));
            }
        }

        if (status.Title is { State: TitleState.Awarded or TitleState.RenewalDue, RenewalDueOn: { } renewal } && Stage(renewal, today) is { } before)
        {
            due.Add(new DueReminder(ReminderKind.RenewalDue, status.Town, null, renewal, before));
        }

        return [.. due];
    }

    /// <summary>
    /// The reminder of an open renewal's deadline due on <paramref name="today"/>, at the ruleset's lead times
    /// (<see cref="Rulesets.RenewalRules.ReminderDays"/>), again only the latest stage reached; null when none is.
    /// </summary>
    public static DueReminder? RenewalDeadline(string town, DateOnly deadline, IReadOnlyCollection<int> leadDays, DateOnly today) =>
        Stage(deadline, today, leadDays) is { } before ? new DueReminder(ReminderKind.RenewalDeadline, town, null, deadline, before) : null;

    private static int? Stage(DateOnly dueOn, DateOnly today, IReadOnlyCollection<int>? stages = null)
    {
        var daysLeft = dueOn.DayNumber - today.DayNumber;
        return daysLeft <= 0 ? null : (stages ?? Stages).Where(stage => stage >= daysLeft).Cast<int?>().Min();
    }
}
