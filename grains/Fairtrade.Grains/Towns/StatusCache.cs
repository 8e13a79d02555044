using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Status;

namespace Fairtrade.Grains.Towns;

/// <summary>
/// What the town computes from its facts, kept until the next change (<see cref="Forget"/>): the status by day, the
/// documents the API sends (for readers of the town, and for the public, who see only listed participants, in what
/// expires soon and in the forecast's causes), and the last history asked for. Reading the status is the hot path:
/// between changes it costs a lookup, and the documents are posted on the silo's <see cref="StatusBoard"/>, where
/// reads find them without calling the grain.
/// </summary>
internal sealed class StatusCache(
    string slug, Func<DateOnly, StatusReport> calculate, Func<DateOnly, DateOnly, int[]> history, StatusJson json, StatusBoard board)
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
            Forget();
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
            report = report with
            {
                ExpiringSoon = [.. report.ExpiringSoon.Where(e => !hidden.Contains(e.Subject))],
                Forecast = report.Forecast.Hiding(hidden),
            };
        }

        var document = _documents[(asOf, listedOnly)] = json.Encode(report);
        board.Post(slug, asOf, listedOnly, document);
        return document;
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

    /// <summary>Called before a change is stored (and on deactivation), so nothing computed before it is read after it.</summary>
    public void Forget()
    {
        board.Clear(slug);
        _reports.Clear();
        _documents.Clear();
        _history = null;
    }
}
