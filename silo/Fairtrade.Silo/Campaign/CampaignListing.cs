using Fairtrade.Abstractions.Campaign;
using Fairtrade.Rules.Status;

namespace Fairtrade.Silo.Campaign;

/// <summary>The console's query from its query string, checked at the edge by its parameters' attributes.</summary>
public static class CampaignListing
{
    public const int MaxSearchLength = 100;

    /// <summary>Sort keys are spelled as the fields they sort by.</summary>
    public static readonly IReadOnlyDictionary<string, CampaignSort> SortKeys = new Dictionary<string, CampaignSort>(StringComparer.Ordinal)
    {
        ["name"] = CampaignSort.Name,
        ["population"] = CampaignSort.Population,
        ["overall"] = CampaignSort.Overall,
        ["renewalDueOn"] = CampaignSort.RenewalDueOn,
        ["safeUntil"] = CampaignSort.SafeUntil,
    };

    /// <summary>Whether <paramref name="sort"/> is absent or a sort key, with or without <c>-</c>.</summary>
    public static bool IsSortKey(string? sort) => string.IsNullOrEmpty(sort) || SortKeys.ContainsKey(sort.StartsWith('-') ? sort[1..] : sort);

    /// <summary>The query from values their attributes (<see cref="SortKeyAttribute"/>, <see cref="SearchTextAttribute"/>) have let through.</summary>
    public static CampaignQuery Parse(string? state, string? q, string? sort, DateOnly asOf)
    {
        var descending = sort?.StartsWith('-') == true;
        var by = string.IsNullOrEmpty(sort) ? CampaignSort.Name : SortKeys[descending ? sort![1..] : sort];
        return new CampaignQuery(asOf, KebabEnum.Checked<TitleState>(state), string.IsNullOrWhiteSpace(q) ? null : q.Trim(), by, descending);
    }
}
