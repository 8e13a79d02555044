using System.Text.Json;
using CsCheck;
using Fairtrade.Rules.Calendar;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Status;
using static Fairtrade.Rules.Tests.Status.TownFactsBuilder;

namespace Fairtrade.Rules.Tests.Status;

public sealed class StatusProperties
{
    private static readonly Gen<DateOnly> Days = Gen.Int[0, 2000].Select(d => new DateOnly(2024, 1, 1).AddDays(d));

    private static readonly Gen<ParticipantFacts> Participants = Gen.Select(
        Gen.Int[0, 10_000], Gen.Enum<ParticipantKind>(), Gen.OneOfConst("Kaffee", "Tee", "Bananen", "Rosen").Array[0, 3],
        Days.Array[0, 2], Gen.Select(Days, Gen.Enum<EvidenceStatus>()).Array[0, 3], Gen.Bool)
        .Select((n, kind, products, activities, evidence, archived) => new ParticipantFacts(
            $"p-{n}", kind, products, activities,
            [.. evidence.Select((e, i) => new EvidenceFacts($"e-{n}-{i}", e.Item2, e.Item1, e.Item1.AddMonths(24)))], archived));

    [Fact]
    public void TheSameFactsAndDayGiveTheSameStatusWhateverTheOrderOfParticipants()
    {
        Gen.Select(Participants.Array[0, 40], Days).Sample((participants, day) =>
        {
            var contributions = participants.Select(p => ParticipantRules.Contribute(p, DeTown, ProductVocabulary.Default)).ToArray();
            var facts = new TownFactsBuilder().Build() with { Contributions = contributions };
            var shuffled = facts with { Contributions = [.. contributions.Reverse()] };

            var first = JsonSerializer.Serialize(StatusCalculator.Calculate(facts, DeTown, ProductVocabulary.Default, day));
            var again = JsonSerializer.Serialize(StatusCalculator.Calculate(facts, DeTown, ProductVocabulary.Default, day));
            var reordered = JsonSerializer.Serialize(StatusCalculator.Calculate(shuffled, DeTown, ProductVocabulary.Default, day));
            return first == again && first == reordered;
        }, iter: 300);
    }

    [Fact]
    public void TheHistoryCountsOnEachDayTheCriteriaThatDaysStatusFindsMet()
    {
        // Every kind of fact varies (participants, steering group, press, council evidence), and the days may cross
        // the moments at which evidence and articles stop counting.
        var town = Gen.Select(Gen.Int[0, 5], Days.Array[0, 6], Days.Array[0, 2], Days.Array[0, 1]);
        Gen.Select(Participants.Array[0, 30], Days, Gen.Int[0, 40], town).Sample((participants, from, length, other) =>
        {
            var contributions = participants.Select(p => ParticipantRules.Contribute(p, DeTown, ProductVocabulary.Default)).ToArray();
            var (members, articles, councilEvidence, resolution) = other;
            var facts = new TownFactsBuilder().Build() with
            {
                Contributions = contributions,
                SteeringGroupMembers = members,
                ArticlesPublishedOn = articles,
                CouncilEvidence = [.. councilEvidence.Select((day, i) => TownFactsBuilder.Approved($"c-{i}", day))],
                ResolutionAdoptedOn = resolution.Length == 0 ? null : resolution[0],
            };
            var to = from.AddDays(length);

            var history = StatusCalculator.MetPerDay(facts, DeTown, ProductVocabulary.Default, from, to);

            return history.Length == length + 1 && history.Select((met, i) =>
                met == StatusCalculator.Calculate(facts, DeTown, ProductVocabulary.Default, from.AddDays(i)).Criteria.Count(c => c.Met)).All(same => same);
        }, iter: 100);
    }

    [Fact]
    public void AParticipantQualifiesOnADayExactlyWhenItsContributionCountsThatDay()
    {
        Gen.Select(Participants, Days).Sample((participant, day) =>
        {
            var evaluation = ParticipantRules.Evaluate(participant, DeTown, ProductVocabulary.Default, day);
            var contribution = ParticipantRules.Contribute(participant, DeTown, ProductVocabulary.Default);
            return evaluation.Qualifies == contribution.QualifiesOn(day) && evaluation.Qualifies == (evaluation.Reasons.Count == 0);
        }, iter: 5_000);
    }

    [Fact]
    public void UnionAndIntersectionOfPeriodsAgreeWithDayByDayMembership()
    {
        var periods = Gen.Select(Days, Gen.Int[0, 400]).Select((from, length) => new DatePeriod(from, from.AddDays(length))).Array[0, 5];
        Gen.Select(periods, periods, Days).Sample((a, b, day) =>
            DatePeriods.AnyContains(DatePeriods.Union(a), day) == DatePeriods.AnyContains(a, day)
            && DatePeriods.AnyContains(DatePeriods.Intersect(a, b), day) == (DatePeriods.AnyContains(a, day) && DatePeriods.AnyContains(b, day)),
            iter: 10_000);
    }
}
