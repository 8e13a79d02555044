using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.CalendarFeed;

namespace Fairtrade.Silo.Tests.CalendarFeed;

/// <summary>Small builders of what a calendar is made from: a de-town town of its own, nothing in it until added.</summary>
public static class FeedSources
{
    public static readonly Ruleset DeTown = RulesetCatalog.BuiltIn().Single(r => r.Id == "de-town");

    public static CalendarSources Town(string slug = "bottrop", string name = "Bottrop", DateOnly? renewalDueOn = null) => new(
        new TownProfile(slug, name, TownKind.Town, 117_311, DeTown.Id, null, null, DateTimeOffset.UnixEpoch),
        DeTown, renewalDueOn, [], [], [], new Dictionary<string, Activity[]>());

    public static CalendarSources WithTownEvidence(this CalendarSources sources, string subject, EvidenceKind kind, string id, DateOnly validUntil, EvidenceStatus status = EvidenceStatus.Approved) =>
        sources with
        {
            TownEvidence = [.. sources.TownEvidence, new EvidenceRecord(id, subject, kind, validUntil.AddMonths(-24), validUntil, status, null, DateTimeOffset.UnixEpoch, "admin", null, null, null)],
        };

    public static CalendarSources WithArticle(this CalendarSources sources, string id, DateOnly publishedOn, string title, string outlet = "WAZ") =>
        sources with { Articles = [.. sources.Articles, new MediaArticle(id, publishedOn, outlet, title, null)] };

    public static CalendarSources WithParticipant(
        this CalendarSources sources, string id, string name, ParticipantKind kind, EvidenceSummary[]? evidence = null, bool archived = false) =>
        sources with
        {
            Participants = [.. sources.Participants, new ParticipantEntry(id, name, kind, archived, new Contribution(id, kind, [], []), evidence ?? [], true)],
        };

    public static CalendarSources WithActivity(this CalendarSources sources, string participant, string id, DateOnly date, string title) =>
        sources with
        {
            Activities = new Dictionary<string, Activity[]>(sources.Activities)
            {
                [participant] = [.. sources.Activities.GetValueOrDefault(participant, []), new Activity(id, date, title)],
            },
        };

    public static EvidenceSummary Approved(string id, EvidenceKind kind, DateOnly validUntil) =>
        new(id, kind, EvidenceStatus.Approved, validUntil.AddMonths(-24), validUntil);
}
