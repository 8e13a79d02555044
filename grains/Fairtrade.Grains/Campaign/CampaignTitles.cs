using Fairtrade.Abstractions.Campaign;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;

namespace Fairtrade.Grains.Campaign;

internal static class CampaignTitles
{
    /// <summary>The row's title on <paramref name="asOf"/>, by the town's ruleset; a ruleset no longer loaded reads as never awarded.</summary>
    public static TitleStatus On(CampaignTownRow row, RulesetCatalog rulesets, DateOnly asOf) =>
        rulesets.Find(row.Ruleset) is { } ruleset
            ? TitleCalculator.On(row.TitleAwardedOn, row.LastRenewedOn, ruleset.Title, asOf)
            : new TitleStatus(TitleState.Candidate, null, null);
}
