using Fairtrade.Rules.Status;

namespace Fairtrade.Abstractions.Campaign;

/// <param name="PopulationCovered">People living in a town whose title holds (awarded, or due for renewal).</param>
[GenerateSerializer, Immutable, Alias("fairtrade.CampaignSummary")]
public sealed record CampaignSummary(
    [property: Id(0)] int Towns,
    [property: Id(1)] Dictionary<TitleState, int> ByTitleState,
    [property: Id(2)] long PopulationCovered,
    [property: Id(3)] int RenewalsDueWithin90Days);
