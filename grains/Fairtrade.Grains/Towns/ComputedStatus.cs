using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Status;

namespace Fairtrade.Grains.Towns;

/// <summary>
/// What the town computes from its facts, kept until the next change (<see cref="Forget"/>): the status by day, the
/// documents the API sends (for readers of the town, and for the public, who see only listed participants), and the
/// last history asked for. Reading the status is the hot path: between changes it costs a lookup.
/// </summary>
internal sealed class ComputedStatus(Func<DateOnly, StatusReport> calculate, Func<DateOnly, DateOnly, int[]> history, StatusJson json)
{
    private const int CachedDays = 16;

    private readonly Dictionary<DateOnly, StatusReport> _reports = [];
    private readonly Dictionary<(DateOnly Day, bool ListedOnly), StatusDocument> _documents = [];

    // Every visitor of the town's page asks for the same history, the dearest read (a count per day).
    private (DateOnly From, DateOnly To, int[] Met)? _history;

    public StatusReport Report(DateOnly asOf)
    {
        if (_reports.TryGetValue(asOf, out var cached))
        {
            return cached;
        }

        if (_reports.Count >= CachedDays)
        {
            _reports.Clear();
            _documents.Clear();
        }

        return _reports[asOf] = calculate(asOf);
    }

    /// <param name="unlisted">The participants the public may not see, asked only when <paramref name="listedOnly"/>.</param>
    public StatusDocument Document(DateOnly asOf, bool listedOnly, Func<IReadOnlySet<string>> unlisted)
    {
        if (_documents.TryGetValue((asOf, listedOnly), out var cached))
        {
            return cached;
        }

        var report = Report(asOf);
        if (listedOnly)
        {
            var hidden = unlisted();
            report = report with { ExpiringSoon = [.. report.ExpiringSoon.Where(e => !hidden.Contains(e.Subject))] };
        }

        return _documents[(asOf, listedOnly)] = json.Encode(report);
    }

    public int[] History(DateOnly from, DateOnly to)
    {
        if (_history is not { } cached || cached.From != from || cached.To != to)
        {
            cached = (from, to, history(from, to));
            _history = cached;
        }

        return cached.Met;
    }

    public void Forget()
    {
        _reports.Clear();
        _documents.Clear();
        _history = null;
    }
}
