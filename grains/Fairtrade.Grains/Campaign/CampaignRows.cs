using Fairtrade.Abstractions.Campaign;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Renewals;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Status;

namespace Fairtrade.Grains.Campaign;

internal static class CampaignRows
{
    /// <summary>The town's console row as of <paramref name="today"/>'s status; the renewal shown is the latest, decided or not.</summary>
    public static CampaignTownRow Of(
        TownProfile profile, StatusReport today, IEnumerable<EvidenceRecord> townEvidence, IEnumerable<ParticipantEntry> participants,
        Renewal[] renewals, DateTimeOffset? lastChangeAt)
    {
        var pending = townEvidence.Count(e => e.Status == EvidenceStatus.Submitted)
            + participants.Where(p => !p.Archived).Sum(p => p.Evidence.Count(e => e.Status == EvidenceStatus.Submitted));
        return new CampaignTownRow(
            profile.Slug, profile.Name, profile.Population, profile.Ruleset, today.Overall, profile.TitleAwardedOn, profile.LastRenewedOn,
            today.Forecast.SafeUntil, renewals.LastOrDefault(), pending, lastChangeAt, today.AsOf);
    }
}
