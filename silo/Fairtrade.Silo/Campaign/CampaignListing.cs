using Fairtrade.Abstractions.Campaign;
using Fairtrade.Rules.Status;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Campaign;

/// <summary>The console's query from its query string, checked at the edge: a bad value is a 400 naming its field.</summary>
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

    public static CampaignQuery Parse(string? state, string? q, string? sort, DateOnly asOf)
    {
        var descending = sort?.StartsWith('-') == true;
        var key = descending ? sort![1..] : sort;
        var by = string.IsNullOrEmpty(sort) ? CampaignSort.Name
            : SortKeys.TryGetValue(key!, out var parsed) ? parsed
            : throw new FieldException("sort", ProblemTexts.Current.SortNotOneOf(sort, SortKeys.Keys));
        if (q?.Length > MaxSearchLength)
        {
            throw new FieldException("q", ProblemTexts.Current.SearchTooLong(MaxSearchLength));
        }

        return new CampaignQuery(asOf, KebabEnum.ParseQuery<TitleState>(state, "state"), string.IsNullOrWhiteSpace(q) ? null : q.Trim(), by, descending);
    }
}
