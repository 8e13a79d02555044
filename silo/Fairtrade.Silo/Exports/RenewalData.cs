using Fairtrade.Abstractions.Audit;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;
using Fairtrade.Silo.Towns;

namespace Fairtrade.Silo.Exports;

/// <summary>Everything the renewal workbook shows, read once for one day, so every sheet tells the same moment.</summary>
public sealed record RenewalData(
    TownProfile Town,
    Ruleset Ruleset,
    StatusReport Status,
    ParticipantView[] Participants,
    Council Council,
    SteeringGroupMember[] SteeringGroup,
    MediaArticle[] Press,
    EvidenceRecord[] Evidence,
    IReadOnlyList<AuditEntry> Changes)
{
    public DateOnly AsOf => Status.AsOf;

    /// <summary>The town's data as of <paramref name="asOf"/>, or null if there is no such town.</summary>
    public static async Task<RenewalData?> LoadAsync(
        IGrainFactory grains, RulesetCatalog rulesets, IAuditLog audit, CampaignCalendar calendar, string slug, DateOnly asOf, CancellationToken cancellationToken)
    {
        var town = grains.Town(slug);
        if (await town.GetProfileAsync() is not { } profile || await town.GetStatusAsync(asOf) is not { } status)
        {
            return null;
        }

        var entries = (await town.GetParticipantsAsync()).Where(p => !p.IsArchivedOn(asOf));
        var views = await Task.WhenAll(entries.Select(p => grains.Participant(slug, p.Id).GetAsync(asOf)));

        // The changes of the current title period: since the last renewal, else since the award, else all.
        var periodStart = profile.LastRenewedOn ?? profile.TitleAwardedOn;
        var changes = await audit.ReadAsync(slug, periodStart is { } day ? calendar.StartOf(day) : null, cancellationToken);

        return new RenewalData(
            profile,
            rulesets.Get(profile.Ruleset),
            status,
            [.. views.OfType<ParticipantView>().OrderBy(v => v.Details.Name, StringComparer.CurrentCultureIgnoreCase)],
            await town.GetCouncilAsync() ?? new Council(null, []),
            await town.GetSteeringGroupAsync() ?? [],
            [.. (await town.GetMediaAsync() ?? []).OrderBy(a => a.PublishedOn)],
            // The participants' evidence came with their views; only the town's own is still to read.
            [.. views.OfType<ParticipantView>().SelectMany(v => v.Evidence).Concat(await town.GetEvidenceAsync())
                .OrderBy(e => e.SubmittedAt).ThenBy(e => e.Id, StringComparer.Ordinal)],
            changes);
    }
}
