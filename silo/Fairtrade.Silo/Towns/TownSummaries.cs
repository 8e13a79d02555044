using Fairtrade.Abstractions.Towns;

namespace Fairtrade.Silo.Towns;

/// <summary>The towns' summaries, for the API's list and the pages that list towns.</summary>
public static class TownSummaries
{
    /// <summary>The summaries of the towns named, or of every town.</summary>
    public static async Task<TownSummary[]> ListAsync(IGrainFactory grains, DateOnly day, IEnumerable<string>? slugs = null)
    {
        slugs ??= await grains.TownDirectory().ListAsync();
        var summaries = await Task.WhenAll(slugs.Select(slug => grains.Town(slug).GetSummaryAsync(day)));
        return [.. summaries.OfType<TownSummary>()];
    }
}
