using System.Globalization;
using Fairtrade.Abstractions.Campaign;

namespace Fairtrade.Grains.Campaign;

/// <summary>
/// How the console sorts. Missing dates sort where they matter most: a town not safe today (no <c>safeUntil</c>)
/// before every safe one, a town never awarded (no <c>renewalDueOn</c>) after every due one. Ties go by name, then slug,
/// so a page never reshuffles.
/// </summary>
internal static class CampaignOrder
{
    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase);

    public static CampaignTown[] Sort(IEnumerable<CampaignTown> towns, CampaignSort sort, bool descending)
    {
        var ordered = sort switch
        {
            CampaignSort.Population => Direction(towns, t => t.Row.Population, descending),
            CampaignSort.Overall => Direction(towns, t => t.Row.Overall, descending),
            CampaignSort.RenewalDueOn => Direction(towns, t => t.Title.RenewalDueOn ?? DateOnly.MaxValue, descending),
            CampaignSort.SafeUntil => Direction(towns, t => t.Row.SafeUntil ?? DateOnly.MinValue, descending),
            _ => descending ? towns.OrderByDescending(t => t.Row.Name, Names) : towns.OrderBy(t => t.Row.Name, Names),
        };
        return [.. ordered.ThenBy(t => t.Row.Name, Names).ThenBy(t => t.Row.Slug, StringComparer.Ordinal)];
    }

    private static IOrderedEnumerable<CampaignTown> Direction<TKey>(IEnumerable<CampaignTown> towns, Func<CampaignTown, TKey> key, bool descending) =>
        descending ? towns.OrderByDescending(key) : towns.OrderBy(key);
}
