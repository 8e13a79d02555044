using Fairtrade.Abstractions.Campaign;

namespace Fairtrade.Silo.Campaign;

/// <summary>The console's rows, filtered and sorted, for the API, its workbook and the campaign's page.</summary>
public static class CampaignTowns
{
    public static async Task<CampaignTownResponse[]> ListAsync(IGrainFactory grains, CampaignQuery query) =>
        [.. (await grains.CampaignBoard().ListAsync(query)).Select(CampaignTownResponse.From)];
}
