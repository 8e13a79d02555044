namespace Fairtrade.Abstractions.Campaign;

/// <summary>The console's sort keys, as the API spells them.</summary>
[GenerateSerializer, Alias("fairtrade.CampaignSort")]
public enum CampaignSort
{
    Name,
    Population,
    Overall,
    RenewalDueOn,
    SafeUntil,
}
