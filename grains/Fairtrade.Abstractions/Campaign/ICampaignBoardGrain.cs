namespace Fairtrade.Abstractions.Campaign;

/// <summary>
/// The campaign office's read model (one, key <c>GrainKeys.CampaignBoard</c>): every town's row, kept up to date by
/// the towns, each row stored as a record of its own so a town's post writes only its line.
/// </summary>
[Alias("fairtrade.ICampaignBoardGrain")]
public interface ICampaignBoardGrain : IGrainWithStringKey
{
    [Alias("Post")]
    Task PostAsync(CampaignTownRow row);

    [Alias("List")]
    Task<CampaignTown[]> ListAsync(CampaignQuery query);

    [Alias("Summarize")]
    Task<CampaignSummary> SummarizeAsync(DateOnly asOf);

    /// <summary>Changes whenever a row does: open consoles compare it to know when to refresh.</summary>
    [Alias("GetVersion")]
    Task<string> GetVersionAsync();
}
