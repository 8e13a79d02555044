using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using static Fairtrade.Rules.Tests.Status.TownFactsBuilder;

namespace Fairtrade.Rules.Tests.Participants;

public sealed class ParticipantRulesTests
{
    private static ParticipantEvaluation Evaluate(ParticipantFacts participant, DateOnly day) =>
        ParticipantRules.Evaluate(participant, DeTown, ProductVocabulary.Default, day);

    [Fact]
    public void AShopWithOneProductDoesNotCountAndSaysHowManyAreNeeded()
    {
        var shop = new ParticipantFacts("shop", ParticipantKind.Retail, ["Kaffee"], [], [Approved("e", Today)], false);

        var evaluation = Evaluate(shop, Today);

        evaluation.Qualifies.ShouldBeFalse();
        evaluation.Reasons.ShouldBe(["It offers 1 Fairtrade product; at least 2 are needed."]);
        ParticipantRules.Contribute(shop, DeTown, ProductVocabulary.Default).QualifyingPeriods.ShouldBeEmpty();
    }

    [Fact]
    public void SubmittedEvidenceDoesNotCountUntilApproved()
    {
        var submitted = new EvidenceFacts("e", EvidenceStatus.Submitted, Today, Today.AddMonths(24));
        var cafe = new ParticipantFacts("cafe", ParticipantKind.Catering, ["Kaffee", "Tee"], [], [submitted], false);

        Evaluate(cafe, Today).Reasons.ShouldBe(["It has no approved evidence valid on 2026-11-25."]);
        Evaluate(cafe with { Evidence = [submitted with { Status = EvidenceStatus.Approved }] }, Today).Qualifies.ShouldBeTrue();
    }

    [Fact]
    public void ASchoolCountsOnlyWhileItsLastActivityIsLessThanTwelveMonthsOld()
    {
        var activity = new DateOnly(2026, 3, 1);
        var school = new ParticipantFacts("school", ParticipantKind.School, ["Kakao"], [activity], [Approved("e", activity.AddMonths(-1))], false);

        Evaluate(school, new DateOnly(2027, 2, 28)).Qualifies.ShouldBeTrue();
        Evaluate(school, new DateOnly(2027, 3, 1)).Reasons.ShouldBe(["It has no Fairtrade activity in the 12 months up to 2027-03-01."]);
        Evaluate(school, activity.AddDays(-1)).Qualifies.ShouldBeFalse();
    }

    [Fact]
    public void AnArchivedOrWorkplaceParticipantNeverCounts()
    {
        var shop = new ParticipantFacts("shop", ParticipantKind.Retail, ["Kaffee", "Tee"], [], [Approved("e", Today)], Archived: true);
        var office = shop with { Kind = ParticipantKind.Workplace, Archived = false };

        Evaluate(shop, Today).Reasons.ShouldBe(["It is archived and no longer counted."]);
        Evaluate(office, Today).Qualifies.ShouldBeFalse();
        ParticipantRules.Contribute(office, DeTown, ProductVocabulary.Default).QualifyingPeriods.ShouldBeEmpty();
    }
}
