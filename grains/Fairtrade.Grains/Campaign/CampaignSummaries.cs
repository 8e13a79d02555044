using Fairtrade.Abstractions.Campaign;
using Fairtrade.Rules.Status;

namespace Fairtrade.Grains.Campaign;

internal static class CampaignSummaries
{
    /// <summary>Every title state is counted, zero included, so a client finds each key.</summary>
    public static CampaignSummary Of(CampaignTown[] towns, DateOnly asOf)
    {
        var byState = Enum.GetValues<TitleState>().ToDictionary(state => state, state => towns.Count(t => t.Title.State == state));
        var holding = towns.Where(t => t.Title.State is TitleState.Awarded or TitleState.RenewalDue);
        var horizon = asOf.AddDays(90);
        var dueSoon = towns.Count(t => t.Title.RenewalDueOn is { } due && due > asOf && due <= horizon);
        return new CampaignSummary(towns.Length, byState, holding.Sum(t => (long)t.Row.Population), dueSoon);
    }
}
