using System.Text.Json;
using CsCheck;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Status;
using Fairtrade.Rules.Tests.Status;
using static Fairtrade.Rules.Tests.Status.TownFactsBuilder;

namespace Fairtrade.Rules.Tests.Participants;

/// <summary>History stays put: what is changed on a day changes nothing that was answered for the days before.</summary>
public sealed class HistoryProperties
{
    private static readonly string[] Names = ["Kaffee", "Tee", "Bananen", "Rosen"];
    private static readonly Gen<DateOnly> Days = Gen.Int[0, 2000].Select(d => new DateOnly(2024, 1, 1).AddDays(d));
    private static readonly Gen<string[]> Products = Gen.OneOfConst(Names).Array[0, 3];

    // Any participant: earlier product lists and an archiving day may lie anywhere, before or after the day D.
    private static readonly Gen<ParticipantFacts> Participants = Gen.Select(
        Gen.Int[0, 10_000], Gen.Enum<ParticipantKind>(), Products, Days.Array[0, 2], Gen.Select(Days, Gen.Enum<EvidenceStatus>()).Array[0, 3],
        Gen.Select(Days, Products).Array[0, 3], Gen.Select(Gen.Bool, Days).Select((archived, day) => archived ? day : (DateOnly?)null))
        .Select((n, kind, products, activities, evidence, earlier, archivedOn) => new ParticipantFacts(
            $"p-{n}", kind, products, activities,
            [.. evidence.Select((e, i) => new EvidenceFacts($"e-{n}-{i}", e.Item2, e.Item1, e.Item1.AddMonths(24)))], archivedOn is not null)
        {
            ArchivedOn = archivedOn,
            EarlierProducts = [.. earlier.Select(e => new ProductsUntil(e.Item1, e.Item2))],
        });

    /// <summary>A change made <see cref="DaysAfter"/> days after D, to one participant, dated by the day it is made.</summary>
    private sealed record Change(int DaysAfter, int What, int Participant, string[] Products, EvidenceStatus Status);

    [Fact]
    public void ChangesMadeAfterADayLeaveEveryDayUpToItAsItWasAnswered() =>
        EveryDayUpToD(Changes(Gen.Int[0, 3]), (before, after, day) => SameDay(before, after, day));

    [Fact]
    public void ArchivingAndProductChangesLeaveWhatRunsOutSoonOnEveryDayBeforeThemAsItWas() =>
        EveryDayUpToD(Changes(Gen.Int[0, 1]), (before, after, day) =>
            JsonSerializer.Serialize(Status(before, day).ExpiringSoon) == JsonSerializer.Serialize(Status(after, day).ExpiringSoon));

    [Fact]
    public void AParticipantWithAHistoryQualifiesOnADayExactlyWhenItsContributionCountsThatDay() =>
        Gen.Select(Participants, Days).Sample((participant, day) =>
        {
            var evaluation = ParticipantRules.Evaluate(participant, DeTown, ProductVocabulary.Default, day);
            var contribution = ParticipantRules.Contribute(participant, DeTown, ProductVocabulary.Default);
            return evaluation.Qualifies == contribution.QualifiesOn(day) && evaluation.Qualifies == (evaluation.Reasons.Count == 0);
        }, iter: 5_000);

    private static Gen<Change> Changes(Gen<int> what) => Gen.Select(Gen.Int[1, 400], what, Gen.Int[0, 100], Products, Gen.Enum<EvidenceStatus>())
        .Select((after, kind, participant, products, status) => new Change(after, kind, participant, products, status));

    /// <summary>Any participants, a day D, changes made after D and a run of days up to D: each of those days answers the same.</summary>
    private static void EveryDayUpToD(Gen<Change> changes, Func<TownFacts, TownFacts, DateOnly, bool> same) =>
        Gen.Select(Participants.Array[1, 12], Days, changes.Array[0, 12], Gen.Int[0, 90]).Sample((participants, d, made, span) =>
        {
            var changed = made.OrderBy(c => c.DaysAfter).Aggregate(participants, (all, change) => Apply(all, change, d));
            var before = Town(participants);
            var after = Town(changed);

            return Enumerable.Range(0, span + 1).Select(back => d.AddDays(-back)).All(day =>
                same(before, after, day) && participants.Zip(changed).All(p => SameEvaluation(p.First, p.Second, day)));
        }, iter: 300);

    private static StatusReport Status(TownFacts town, DateOnly day) => StatusCalculator.Calculate(town, DeTown, ProductVocabulary.Default, day);

    private static ParticipantFacts[] Apply(ParticipantFacts[] participants, Change change, DateOnly d)
    {
        var day = d.AddDays(change.DaysAfter);
        var index = change.Participant % participants.Length;
        var p = participants[index];
        ParticipantFacts[] all = [.. participants];
        all[index] = change.What switch
        {
            0 => p with { Archived = true, ArchivedOn = DatedChanges.ArchivedOn(p.ArchivedOn, day) },
            1 => p with { Products = change.Products, EarlierProducts = DatedChanges.ProductsChanged(p.EarlierProducts, [.. p.Products], change.Products, day) },
            2 => p with { Evidence = [.. p.Evidence, new EvidenceFacts($"new-{day}-{p.Evidence.Count}", change.Status, day, day.AddMonths(24))] },
            _ => p with { Activities = [.. p.Activities, day] },
        };
        return all;
    }

    private static TownFacts Town(ParticipantFacts[] participants) => new TownFactsBuilder().Build() with
    {
        Contributions = [.. participants.Select(p => ParticipantRules.Contribute(p, DeTown, ProductVocabulary.Default))],
    };

    /// <summary>
    /// What the status says of the day itself: each criterion, the title, whether it is met, who counts. "At risk" and
    /// "expiring soon" look 60 days ahead as things stand when asked, so they see evidence dated later (the property
    /// above checks "expiring soon" against archiving and product changes).
    /// </summary>
    private static bool SameDay(TownFacts before, TownFacts after, DateOnly day)
    {
        var (was, now) = (Status(before, day), Status(after, day));
        return JsonSerializer.Serialize(was.Criteria) == JsonSerializer.Serialize(now.Criteria)
            && was.Title == now.Title
            && (was.Overall == OverallStatus.NotMet) == (now.Overall == OverallStatus.NotMet)
            && before.Contributions.Zip(after.Contributions).All(c => c.First.QualifiesOn(day) == c.Second.QualifiesOn(day));
    }

    private static bool SameEvaluation(ParticipantFacts before, ParticipantFacts after, DateOnly day)
    {
        var was = ParticipantRules.Evaluate(before, DeTown, ProductVocabulary.Default, day);
        var now = ParticipantRules.Evaluate(after, DeTown, ProductVocabulary.Default, day);
        return was.Qualifies == now.Qualifies && was.Reasons.SequenceEqual(now.Reasons);
    }
}
