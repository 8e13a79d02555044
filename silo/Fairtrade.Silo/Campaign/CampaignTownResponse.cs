using Fairtrade.Abstractions.Campaign;
using Fairtrade.Abstractions.Renewals;
using Fairtrade.Rules.Status;

namespace Fairtrade.Silo.Campaign;

/// <summary>A town's row in the campaign office's console.</summary>
/// <param name="Overall">As of the day the town last posted its row (today, once the day's round has run).</param>
/// <param name="Renewal">The town's latest renewal, decided or not; null if it was never invited.</param>
public sealed record CampaignTownResponse(
    string Slug, string Name, int Population, string Ruleset, OverallStatus Overall, TitleStatus Title, CampaignForecast Forecast,
    CampaignRenewal? Renewal, int PendingReviews, DateTimeOffset? LastChangeAt)
{
    public static CampaignTownResponse From(CampaignTown town)
    {
        var row = town.Row;
        return new CampaignTownResponse(row.Slug, row.Name, row.Population, row.Ruleset, row.Overall, town.Title, new CampaignForecast(row.SafeUntil),
            row.Renewal is { } r ? new CampaignRenewal(r.Id, r.InvitedOn, r.Deadline, r.SubmittedOn, r.Late, r.Decision, r.DecidedOn) : null,
            row.PendingReviews, row.LastChangeAt);
    }
}

/// <param name="SafeUntil">The last day every criterion is met as things stand; null when one is not met today.</param>
public sealed record CampaignForecast(DateOnly? SafeUntil);

public sealed record CampaignRenewal(
    string Id, DateOnly InvitedOn, DateOnly Deadline, DateOnly? SubmittedOn, bool Late, RenewalDecision? Decision, DateOnly? DecidedOn);
