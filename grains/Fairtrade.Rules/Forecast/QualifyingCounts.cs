using Fairtrade.Rules.Calendar;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Rules.Forecast;

/// <summary>
/// How many participants of each kind count, day after day: a sweep over the days on which each starts and stops
/// counting, so a town of 2,000 costs a sort instead of 2,000 look-ups on every day the forecast looks at.
/// </summary>
internal sealed class QualifyingCounts
{
    private readonly (DateOnly Day, ParticipantKind Kind, int Change)[] _changes;
    private readonly int[] _counts = new int[Enum.GetValues<ParticipantKind>().Length];
    private int _next;

    public QualifyingCounts(IEnumerable<Contribution> contributions)
    {
        // Merged first: a participant counts once on a day, however its periods were cut.
        _changes = [.. contributions
            .SelectMany(c => DatePeriods.Union(c.QualifyingPeriods).SelectMany(p => new[] { (p.From, c.Kind, 1), (p.Until, c.Kind, -1) }))
            .OrderBy(change => change.Item1)];
    }

    /// <summary>The counts by kind on <paramref name="day"/>; each call's day must not be earlier than the last one's.</summary>
    public IReadOnlyList<int> On(DateOnly day)
    {
        for (; _next < _changes.Length && _changes[_next].Day <= day; _next++)
        {
            _counts[(int)_changes[_next].Kind] += _changes[_next].Change;
        }

        return _counts;
    }
}
