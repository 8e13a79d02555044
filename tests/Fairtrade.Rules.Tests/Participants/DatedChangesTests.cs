using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Status;
using Fairtrade.Rules.Tests.Status;
using static Fairtrade.Rules.Tests.Status.TownFactsBuilder;

namespace Fairtrade.Rules.Tests.Participants;

/// <summary>Archiving and product changes take effect on their day; every day before keeps its answer.</summary>
public sealed class DatedChangesTests
{
    private static readonly ParticipantFacts Cafe =
        new("cafe", ParticipantKind.Catering, ["Kaffee", "Tee"], [], [Approved("e", Today.AddMonths(-6))], false);

    private static ParticipantEvaluation Evaluate(ParticipantFacts participant, DateOnly day) =>
        ParticipantRules.Evaluate(participant, DeTown, ProductVocabulary.Default, day);

    private static Contribution Contribute(ParticipantFacts participant) => ParticipantRules.Contribute(participant, DeTown, ProductVocabulary.Default);

    [Fact]
    public void AnArchivedCafeCountsOnTheDaysBeforeItsArchivedOnAndNotFromIt()
    {
        var archived = Cafe with { Archived = true, ArchivedOn = Today };

        Evaluate(archived, Today.AddDays(-1)).Qualifies.ShouldBeTrue();
        Evaluate(archived, Today).Reasons.ShouldBe(["It is archived and no longer counted."]);
        Contribute(archived).QualifyingPeriods.ShouldBe([new(Today.AddMonths(-6), Today)]);
    }

    [Fact]
    public void ACafeArchivedWithoutADayNeverCounts()
    {
        var archived = Cafe with { Archived = true };

        Evaluate(archived, Today.AddMonths(-3)).Reasons.ShouldBe(["It is archived and no longer counted."]);
        Contribute(archived).QualifyingPeriods.ShouldBeEmpty();
        Contribute(archived).ApprovedEvidence.ShouldBeEmpty();
    }

    [Fact]
    public void AShopCountsWithTheProductsItOfferedOnEachDay()
    {
        var cut = Cafe with { Kind = ParticipantKind.Retail, Products = ["Kaffee"], EarlierProducts = [new(Today, ["Kaffee", "Tee"])] };
        var grown = cut with { Products = ["Kaffee", "Tee"], EarlierProducts = [new(Today, ["Kaffee"])] };

        Evaluate(cut, Today.AddDays(-1)).Qualifies.ShouldBeTrue();
        Evaluate(cut, Today).Reasons.ShouldBe(["It offers 1 Fairtrade product; at least 2 are needed."]);
        Evaluate(grown, Today.AddDays(-1)).Reasons.ShouldBe(["It offers 1 Fairtrade product; at least 2 are needed."]);
        Contribute(cut).QualifyingPeriods.ShouldBe([new(Today.AddMonths(-6), Today)]);
        Contribute(grown).QualifyingPeriods.ShouldBe([new(Today, Today.AddMonths(18))]);
    }

    [Fact]
    public void EvidenceRunningOutIsListedWhileTheCafeCountsAndNotOnceItIsArchived()
    {
        var expiring = Cafe with { Evidence = [Approved("e", Today.AddMonths(-23))], Archived = true, ArchivedOn = Today };
        var town = new TownFactsBuilder().Build() with { Contributions = [Contribute(expiring)] };

        StatusCalculator.Calculate(town, DeTown, ProductVocabulary.Default, Today.AddDays(-1)).ExpiringSoon.ShouldHaveSingleItem().Subject.ShouldBe("cafe");
        StatusCalculator.Calculate(town, DeTown, ProductVocabulary.Default, Today).ExpiringSoon.ShouldNotContain(e => e.Subject == "cafe");
    }

    [Fact]
    public void AProductChangeKeepsTheListItReplacesForTheDaysBefore()
    {
        var history = DatedChanges.ProductsChanged([new(Today.AddDays(-10), ["Kaffee"])], ["Kaffee", "Tee"], ["Tee"], Today);

        history.Select(p => $"{p.Until:yyyy-MM-dd}: {string.Join(", ", p.Products)}").ShouldBe(["2026-11-15: Kaffee", "2026-11-25: Kaffee, Tee"]);
    }

    [Fact]
    public void ASecondProductChangeOnTheSameDayOrTheSameProductsKeepTheHistoryAsItIs()
    {
        ProductsUntil[] earlier = [new(Today, ["Kaffee"])];

        DatedChanges.ProductsChanged(earlier, ["Kaffee", "Tee"], ["Tee"], Today).ShouldBe(earlier);
        DatedChanges.ProductsChanged([], ["Kaffee", "Tee"], ["tee", "KAFFEE"], Today).ShouldBeEmpty();
    }

    [Fact]
    public void ArchivingAgainOnlyEverMovesTheDayEarlier()
    {
        DatedChanges.ArchivedOn(null, Today).ShouldBe(Today);
        DatedChanges.ArchivedOn(Today, Today.AddDays(-30)).ShouldBe(Today.AddDays(-30));
        DatedChanges.ArchivedOn(Today.AddDays(-30), Today).ShouldBe(Today.AddDays(-30));
    }
}
