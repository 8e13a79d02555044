using System.Collections.Concurrent;
using Fairtrade.Abstractions.Towns;

namespace Fairtrade.Grains.Towns;

/// <summary>
/// The encoded statuses of the towns active in this silo, posted by their grains, so a status read on this silo
/// needs no grain call at all (the call costs more than the rest of the request). Never stale: only the town's grain
/// posts and clears its entries, in its own turns, one at a time; it clears them before any change is stored and when
/// it deactivates. A town active on another silo never posts here, so reads of it ask its grain.
/// </summary>
public sealed class StatusBoard
{
    // A town's few documents (today's for readers and for the public, and a day or two more), replaced whole.
    private const int DocumentsPerTown = 6;

    private readonly ConcurrentDictionary<string, Posted[]> _towns = new(StringComparer.Ordinal);

    public StatusDocument? Find(string slug, DateOnly day, bool listedOnly)
    {
        if (_towns.TryGetValue(slug, out var posted))
        {
            foreach (var entry in posted)
            {
                if (entry.Day == day && entry.ListedOnly == listedOnly)
                {
                    return entry.Document;
                }
            }
        }

        return null;
    }

    internal void Post(string slug, DateOnly day, bool listedOnly, StatusDocument document)
    {
        var posted = _towns.TryGetValue(slug, out var before) && before.Length < DocumentsPerTown ? before : [];
        _towns[slug] = [.. posted, new Posted(day, listedOnly, document)];
    }

    internal void Clear(string slug) => _towns.TryRemove(slug, out _);

    private sealed record Posted(DateOnly Day, bool ListedOnly, StatusDocument Document);
}
