using Fairtrade.Abstractions.Campaign;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Renewals;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Campaign;
using Fairtrade.Rules.Forecast;
using Fairtrade.Rules.Status;

namespace Fairtrade.Grains.Towns;

/// <summary>The certification status computed from the town's facts, kept until the next change, and the town's campaign row.</summary>
public sealed partial class TownGrain
{
    public Task<StatusReport?> GetStatusAsync(DateOnly asOf) => Task.FromResult(Profile is null ? Missing<StatusReport>() : _computed.Report(asOf));

    public Task<StatusDocument?> GetStatusDocumentAsync(DateOnly asOf, bool listedOnly) => Task.FromResult(Profile is null ? Missing<StatusDocument>()
        : _computed.Document(asOf, listedOnly, () => _participants.HiddenFromPublicOn(asOf)));

    public Task<ForecastOutcome?> GetForecastAsync(DateOnly asOf, string[] leftOut)
    {
        if (Profile is null)
        {
            return Task.FromResult(Missing<ForecastOutcome>());
        }

        string[] unknown = [.. leftOut.Where(id => !_participants.Contains(id)).Distinct()];
        var forecast = unknown.Length > 0 ? null
            : leftOut.Length == 0 ? _computed.Report(asOf).Forecast
            : ForecastCalculator.Forecast(Facts(), rulesets.Get(Profile.Ruleset), vocabulary, asOf, leftOut.ToHashSet(StringComparer.Ordinal));
        return Task.FromResult<ForecastOutcome?>(new ForecastOutcome(forecast, unknown));
    }

    public Task<int[]?> GetMetHistoryAsync(DateOnly from, DateOnly to) => Task.FromResult(Profile is null ? null : _computed.History(from, to));

    public Task RefreshCampaignRowAsync()
    {
        if (Profile is null)
        {
            Missing<TownProfile>();
        }
        else
        {
            _campaignRow.Soon();
        }

        return Task.CompletedTask;
    }

    /// <summary>The town's line in the campaign's console, as of today.</summary>
    internal CampaignTownRow CampaignRow(Renewal[] renewals) => CampaignRows.Of(
        Profile!, _computed.Report(calendar.Today), state.State.Evidence, _participants.All, renewals, _campaignRow.LastChangeAt);

    private TownFacts Facts()
    {
        var profile = Profile!;
        var evidence = Evidence;
        return new TownFacts(
            profile.Slug, profile.Population, profile.TitleAwardedOn, profile.LastRenewedOn,
            state.State.Council.ResolutionAdoptedOn, state.State.Council.ProductsServed,
            evidence.Facts(e => e.Subject == EvidenceSubjects.Council),
            state.State.SteeringGroup.Count,
            evidence.Facts(e => e.Subject == EvidenceSubjects.SteeringGroup),
            [.. state.State.Media.Select(a => a.PublishedOn)],
            [.. _participants.All.Select(p => p.Contribution)]);
    }
}
