using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Audit;

namespace Fairtrade.Grains.Towns;

/// <summary>The town's profile, and its place in the directory of towns.</summary>
public sealed partial class TownGrain
{
    public async Task<bool> CreateAsync(TownProfile profile, string actor)
    {
        if (Profile is not null)
        {
            return false;
        }

        // Listed first: a town that failed to save is skipped by the listing and can be created again.
        await GrainFactory.TownDirectory().AddAsync(profile.Slug);
        state.State.Profile = profile with { CreatedAt = time.GetUtcNow() };
        Audit.Record(actor, "town.created", profile.Slug, AuditChanges.Between(null, state.State.Profile));
        await SaveAsync();
        return true;
    }

    public Task<TownProfile?> GetProfileAsync() => Task.FromResult(Profile ?? Missing<TownProfile>());

    public async Task<TownProfile?> UpdateAsync(TownChanges changes, string actor)
    {
        if (Profile is not { } profile)
        {
            return null;
        }

        state.State.Profile = profile with
        {
            Name = changes.Name ?? profile.Name,
            Population = changes.Population ?? profile.Population,
            Kind = changes.Kind ?? profile.Kind,
            TitleAwardedOn = changes.Cleared.Contains(nameof(TownProfile.TitleAwardedOn)) ? null : changes.TitleAwardedOn ?? profile.TitleAwardedOn,
            LastRenewedOn = changes.Cleared.Contains(nameof(TownProfile.LastRenewedOn)) ? null : changes.LastRenewedOn ?? profile.LastRenewedOn,
        };
        Audit.Record(actor, "town.updated", profile.Slug, AuditChanges.Between(profile, state.State.Profile));
        await SaveAsync();
        return state.State.Profile;
    }

    public Task<TownSummary?> GetSummaryAsync(DateOnly asOf) => Task.FromResult(Profile is not { } profile ? null
        : new TownSummary(profile.Slug, profile.Name, profile.Population, profile.Ruleset, _computed.Report(asOf).Overall));
}
