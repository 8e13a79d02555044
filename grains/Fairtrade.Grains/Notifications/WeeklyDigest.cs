using System.Text;

namespace Fairtrade.Grains.Notifications;

/// <summary>The weekly digest's e-mail: the status, what changed, what waits for review, what runs out, the renewal.</summary>
internal static class WeeklyDigest
{
    /// <summary>At most this many changes are listed; the rest are counted.</summary>
    public const int ChangesListed = 15;

    /// <summary>The Monday of <paramref name="day"/>'s week: one digest per town, recipient and week, whatever day the round runs.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <param name="local">Moments on the campaign's clock: the changes are listed at their local time.</param>
    public static (string Title, string Message) Write(DigestFacts facts, string language, Func<DateTimeOffset, DateTimeOffset> local)
    {
        var (t, names) = (DigestTexts.For(language), ReminderTexts.For(language));
        var text = new StringBuilder();
        text.AppendLine(t.Status(facts.Status.Overall, facts.Status.Title));
        text.AppendLine(t.Forecast(facts.Status.Forecast));
        Section(text, t.ChangedHeading(facts.Changes.Count), facts.Changes.TakeLast(ChangesListed)
            .Select(c => $"{t.Moment(local(c.At))} · {c.Actor} · {c.Action} · {c.Subject}"), facts.Changes.Count - ChangesListed, t);
        Section(text, t.WaitingHeading(facts.Waiting.Count), facts.Waiting.Select(w => $"{names.SubjectName(w.Subject, w.Name)} ({t.Since(w.Dated)})"), 0, t);
        Section(text, t.RunningOutHeading(facts.RunningOut.Count), facts.RunningOut.Select(r => $"{names.SubjectName(r.Subject, r.Name)}: {t.LastDay(r.LastDay)}"), 0, t);
        if (facts.OpenRenewal is { } renewal)
        {
            text.AppendLine().AppendLine(t.Renewal(renewal.Deadline, renewal.SubmittedOn));
        }

        return (t.Title(facts.TownName, facts.WeekOf), text.ToString().TrimEnd());
    }

    private static void Section(StringBuilder text, string heading, IEnumerable<string> lines, int more, DigestTexts t)
    {
        text.AppendLine().AppendLine(heading);
        foreach (var line in lines)
        {
            text.Append("- ").AppendLine(line);
        }

        if (more > 0)
        {
            text.AppendLine(t.More(more));
        }
    }
}
