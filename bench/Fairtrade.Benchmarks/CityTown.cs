using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;

namespace Fairtrade.Benchmarks;

/// <summary>A city the size the German rules ask most of: 700 participants, each with two pieces of evidence.</summary>
internal static class CityTown
{
    public const int Participants = 700;
    public static readonly DateOnly Today = new(2026, 11, 25);
    public static readonly Ruleset Ruleset = RulesetCatalog.Load(null).Get("de-town");

    public static ParticipantFacts[] Facts(int participants = Participants) => [.. Enumerable.Range(0, participants).Select(i =>
    {
        var kind = (i % 10) switch { < 6 => ParticipantKind.Retail, < 9 => ParticipantKind.Catering, _ => (ParticipantKind)(2 + (i % 3)) };
        var declared = Today.AddDays(-(i % 700));
        EvidenceFacts[] evidence =
        [
            new($"e{i}a", EvidenceStatus.Approved, declared.AddMonths(-24), declared),
            new($"e{i}b", EvidenceStatus.Approved, declared, declared.AddMonths(24)),
        ];
        return new ParticipantFacts($"participant-{i}", kind, ["Kaffee", "Tee", "Bananen"], [Today.AddMonths(-(i % 14))], evidence, false);
    })];

    public static TownFacts Town(IEnumerable<ParticipantFacts> participants) => new(
        "berlin", 3_700_000, Today.AddYears(-1), null, Today.AddYears(-3), ["Kaffee", "Tee"],
        [new("c", EvidenceStatus.Approved, Today.AddMonths(-6), Today.AddMonths(18))], 5,
        [new("s", EvidenceStatus.Approved, Today.AddMonths(-6), Today.AddMonths(18))],
        [.. Enumerable.Range(1, 12).Select(m => Today.AddMonths(-m))],
        [.. participants.Select(p => ParticipantRules.Contribute(p, Ruleset, ProductVocabulary.Default))]);

    /// <summary>The town's stored state; with <paramref name="entries"/>, holding them as every town did before they were stored apart.</summary>
    public static TownState State(IEnumerable<ParticipantEntry>? entries = null) => new()
    {
        Profile = new TownProfile("berlin", "Berlin", TownKind.City, 3_700_000, "de-town", Today.AddYears(-1), null, DateTimeOffset.UnixEpoch),
        Participants = (entries ?? []).ToDictionary(e => e.Id),
    };

    /// <summary>What the town keeps of each participant.</summary>
    public static ParticipantEntry[] Entries(IEnumerable<ParticipantFacts> participants) => [.. participants.Select(p =>
        new ParticipantEntry(p.Id, p.Id, p.Kind, false, ParticipantRules.Contribute(p, Ruleset, ProductVocabulary.Default),
            [.. p.Evidence.Select(e => new EvidenceSummary(e.Id, EvidenceKind.Declaration, e.Status, e.EffectiveDate, e.ValidUntil))], true))];
}
