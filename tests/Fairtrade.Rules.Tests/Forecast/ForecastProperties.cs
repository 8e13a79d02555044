using System.Text.Json;
using CsCheck;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Forecast;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;

namespace Fairtrade.Rules.Tests.Forecast;

public sealed class ForecastProperties
{
    private static readonly DateOnly Base = new(2026, 1, 1);
    private static readonly RulesetCatalog Catalog = RulesetCatalog.Load(null);

    // Towns of a few thousand inhabitants, with dates spread around asOf (Base or up to 40 days later), so that most
    // meet every criterion for a while: evidence, activities and articles start and end before, on and after asOf.
    private static readonly Gen<DateOnly> Days = Gen.Int[-700, 40].Select(d => Base.AddDays(d));

    private static readonly Gen<EvidenceFacts[]> Evidence = Gen.Select(Days, Gen.Int[0, 9]).Array[1, 3].Select(items =>
        items.Select((e, i) => new EvidenceFacts($"e-{i}", e.Item2 < 9 ? EvidenceStatus.Approved : EvidenceStatus.Submitted, e.Item1, e.Item1.AddMonths(24))).ToArray());

    private static readonly Gen<ParticipantFacts[]> Participants = Gen.Select(
        Participant(ParticipantKind.Retail).Array[2, 7], Participant(ParticipantKind.Catering).Array[1, 5], Participant(ParticipantKind.School).Array[1, 3],
        Participant(ParticipantKind.Club).Array[1, 3], Participant(ParticipantKind.Faith).Array[1, 3], Participant(ParticipantKind.Other).Array[0, 1])
        .Select((retail, catering, schools, clubs, faith, other) => retail.Concat(catering).Concat(schools).Concat(clubs).Concat(faith).Concat(other).DistinctBy(p => p.Id).ToArray());

    private static readonly Gen<(TownFacts Town, Ruleset Ruleset)> Towns = Gen.Select(
        Gen.Select(Participants, Gen.Int[1_000, 12_000], Gen.OneOfConst([.. Catalog.All])),
        Gen.Select(Gen.Int[2, 12], Evidence, Evidence),
        Gen.Select(Gen.Int[-360, 420].Select(d => Base.AddDays(d)).Array[4, 18], Gen.Int[-900, 60].Select(d => Base.AddDays(d)),
            Gen.Int[0, 9].Select<int, string[]>(n => n switch { < 8 => ["Kaffee", "Tee", "Bananen"], 8 => ["Kaffee", "Tee"], _ => ["Kaffee"] })))
        .Select((participants, criteria, media) => (new TownFacts(
            "town", participants.Item2, null, null, media.Item2, media.Item3,
            criteria.Item2, criteria.Item1, criteria.Item3, media.Item1,
            [.. participants.Item1.Select(p => ParticipantRules.Contribute(p, participants.Item3, ProductVocabulary.Default))]), participants.Item3));

    private static Gen<ParticipantFacts> Participant(ParticipantKind kind) => Gen.Select(
        Gen.Int[0, 10_000], Gen.Int[0, 9].Select<int, string[]>(n => n switch { < 6 => ["Kaffee", "Tee", "Bananen", "Schokolade", "Reis"], < 8 => ["Kaffee", "Tee", "Bananen"], 8 => ["Kaffee", "Tee"], _ => ["Kaffee"] }),
        Gen.Int[-330, 400].Select(d => Base.AddDays(d)).Array[1, 4], Evidence, Gen.Int[0, 19])
        .Select((n, products, activities, evidence, archived) => new ParticipantFacts(
            $"{kind}-{n}".ToLowerInvariant(), kind, products, activities, [.. evidence.Select(e => e with { Id = $"{e.Id}-{kind}-{n}" })], archived == 0));

    [Fact]
    public void TheForecastFromChangePointsIsTheForecastFoundDayByDay()
    {
        Gen.Select(Towns, Gen.Int[0, 40], Gen.Int[0, 1_000].Array[0, 3]).Sample((generated, offset, picks) =>
        {
            var (town, ruleset) = generated;
            var asOf = Base.AddDays(offset);
            var subjects = town.Contributions.Select(c => c.Subject).ToArray();
            var without = picks.Select(i => subjects[i % subjects.Length]).ToHashSet();

            var fast = ForecastCalculator.Forecast(town, ruleset, ProductVocabulary.Default, asOf, without);
            var slow = DayByDayForecast.Of(town, ruleset, asOf, without);

            return JsonSerializer.Serialize(fast) == JsonSerializer.Serialize(slow);
        }, iter: 600, print: sample => JsonSerializer.Serialize(sample.Item1.Town));
    }

    [Fact]
    public void RandomTownsReachEveryKindOfAnswer()
    {
        // The property above means little if every town failed on asOf: these towns must also hold for a while, and
        // some for the whole year, and fail for each reason; a what-if must leave out a participant that counted.
        var towns = Gen.Select(Towns, Gen.Int[0, 40]).Array[3_000].Single();
        var answers = towns.SelectMany(t => new[] { new HashSet<string>(), new HashSet<string> { t.Item1.Town.Contributions.First().Subject } }
            .Select(leftOut => ForecastCalculator.Forecast(t.Item1.Town, t.Item1.Ruleset, ProductVocabulary.Default, Base.AddDays(t.Item2), leftOut)))
            .ToArray();

        answers.ShouldContain(f => f.SafeUntil == null);
        answers.ShouldContain(f => f.SafeUntil != null && f.FirstFailure != null);
        answers.ShouldContain(f => f.FirstFailure == null);
        var reasons = answers.SelectMany(f => f.FirstFailure?.Causes ?? []).Select(c => c.Reason).ToHashSet();
        new[] { ForecastReasons.EvidenceRunsOut, ForecastReasons.ActivityAgesOut, ForecastReasons.LeftOut, ForecastReasons.ArticleAgesOut, ForecastReasons.Missing, ForecastReasons.NoValidEvidence }
            .ShouldBeSubsetOf(reasons);
    }
}
