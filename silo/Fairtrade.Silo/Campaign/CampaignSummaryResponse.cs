using Fairtrade.Abstractions.Campaign;
using Fairtrade.Rules.Status;

namespace Fairtrade.Silo.Campaign;

/// <param name="ByTitleState">Towns per title state, keyed as <c>title.state</c> spells it, every state present.</param>
/// <param name="PopulationCovered">People living in a town whose title is awarded or due for renewal.</param>
/// <param name="RenewalsDueWithin90Days">Towns whose renewal falls due within 90 days after the day asked.</param>
public sealed record CampaignSummaryResponse(
    DateOnly AsOf, int Towns, Dictionary<string, int> ByTitleState, long PopulationCovered, int RenewalsDueWithin90Days)
{
    public static CampaignSummaryResponse From(CampaignSummary summary, DateOnly asOf) => new(
        asOf, summary.Towns,
        Enum.GetValues<TitleState>().ToDictionary(KebabEnum.Name, state => summary.ByTitleState.GetValueOrDefault(state)),
        summary.PopulationCovered, summary.RenewalsDueWithin90Days);
}
