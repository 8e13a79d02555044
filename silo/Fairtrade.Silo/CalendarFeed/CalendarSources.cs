using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Towns;

namespace Fairtrade.Silo.CalendarFeed;

/// <summary>What a town's calendar is made from, read from its grains for one day.</summary>
/// <param name="Activities">The activities of each school, club and faith community, by participant id.</param>
public sealed record CalendarSources(
    TownProfile Town,
    Ruleset Ruleset,
    DateOnly? RenewalDueOn,
    EvidenceRecord[] TownEvidence,
    MediaArticle[] Articles,
    ParticipantEntry[] Participants,
    IReadOnlyDictionary<string, Activity[]> Activities)
{
    /// <summary>The last day to answer the campaign's invitation to renew, while one waits for the town's submission.</summary>
    public DateOnly? RenewalDeadline { get; init; }

    /// <summary>The town's dates as of <paramref name="asOf"/>, or null if there is no such town.</summary>
    public static async Task<CalendarSources?> LoadAsync(IGrainFactory grains, RulesetCatalog rulesets, string slug, DateOnly asOf)
    {
        var town = grains.Town(slug);
        if (await town.GetProfileAsync() is not { } profile || await town.GetStatusAsync(asOf) is not { } status)
        {
            return null;
        }

        var participants = await town.GetParticipantsAsync();

        // Only schools, clubs and faith communities that still take part count by their activities: only their grains are asked.
        var views = await Task.WhenAll(participants.Where(p => !p.Archived && ParticipantRules.IsCivilSociety(p.Kind))
            .Select(p => grains.Participant(slug, p.Id).GetAsync(asOf)));

        var open = (await grains.Renewals(slug).ListAsync()).LastOrDefault(r => r.Decision is null && r.SubmittedOn is null);
        return new CalendarSources(
            profile,
            rulesets.Get(profile.Ruleset),
            status.Title.RenewalDueOn,
            await town.GetEvidenceAsync(),
            await town.GetMediaAsync() ?? [],
            participants,
            views.OfType<ParticipantView>().ToDictionary(v => v.Id, v => v.Activities))
        {
            RenewalDeadline = open?.Deadline,
        };
    }
}
