using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;
using static Fairtrade.Rules.Tests.Status.TownFactsBuilder;

namespace Fairtrade.Rules.Tests.Status;

public sealed class StatusCalculatorTests
{
    private static CriterionStatus Criterion(StatusReport report, string key) => report.Criteria.Single(c => c.Key == key);

    [Fact]
    public void ATownMissingOneRetailOutletIsNotMetAndSaysSoInPlainWords()
    {
        var report = new TownFactsBuilder().WithRetail(21).StatusOn(Today);

        report.Overall.ShouldBe(OverallStatus.NotMet);
        var retail = Criterion(report, CriterionKeys.RetailCatering);
        retail.Met.ShouldBeFalse();
        retail.Required.ShouldBe(new Dictionary<string, int> { ["retail"] = 22, ["catering"] = 11 });
        retail.Actual.ShouldBe(new Dictionary<string, int> { ["retail"] = 21, ["catering"] = 11 });
        retail.Gaps.ShouldBe(["1 more retail outlet with at least 2 Fairtrade products"]);
    }

    [Fact]
    public void TheTownIsMetExactlyWhenTheLastRequiredOutletQualifies()
    {
        var builder = new TownFactsBuilder().WithRetail(21);
        var lastShop = new ParticipantFacts("last-shop", ParticipantKind.Retail, ["Kaffee", "Tee"], [], [Approved("e-last", Today)], false);

        var dayBefore = builder.WithParticipant(lastShop).StatusOn(Today.AddDays(-1));
        var onTheDay = builder.StatusOn(Today);

        dayBefore.Overall.ShouldBe(OverallStatus.NotMet);
        onTheDay.Overall.ShouldBe(OverallStatus.Met);
        onTheDay.Criteria.ShouldAllBe(c => c.Met && c.Gaps.Length == 0);
    }

    [Fact]
    public void ATownTurnsAtRiskWhenEvidenceRunsOutWithinSixtyDaysAndNotMetWhenItHas()
    {
        var steeringList = Approved("steering-old", Today.AddMonths(-24).AddDays(30));
        var builder = new TownFactsBuilder().WithSteeringEvidence(steeringList);

        var now = builder.StatusOn(Today);
        var afterExpiry = builder.StatusOn(steeringList.ValidUntil);

        now.Overall.ShouldBe(OverallStatus.AtRisk);
        now.ExpiringSoon.ShouldContain(new ExpiringEvidence("steering-group", "steering-old", steeringList.ValidUntil));
        afterExpiry.Overall.ShouldBe(OverallStatus.NotMet);
        Criterion(afterExpiry, CriterionKeys.SteeringGroup).Gaps.ShouldBe([$"an approved member list of the steering group, valid on {steeringList.ValidUntil:yyyy-MM-dd}"]);
    }

    [Fact]
    public void NewerEvidenceKeepsASubjectOffTheExpiringList()
    {
        var old = Approved("steering-old", Today.AddMonths(-24).AddDays(30));
        var report = new TownFactsBuilder().WithSteeringEvidence(old, Approved("steering-new", Today)).StatusOn(Today);

        report.ExpiringSoon.ShouldNotContain(e => e.Subject == "steering-group");
        report.Overall.ShouldBe(OverallStatus.Met);
    }

    [Fact]
    public void ArticlesAgeOutTwelveMonthsAfterPublication()
    {
        var oldest = Today.AddMonths(-11);
        var builder = new TownFactsBuilder().WithArticles(oldest, Today.AddMonths(-3), Today.AddMonths(-2), Today.AddMonths(-1));

        var lastDay = builder.StatusOn(oldest.AddMonths(12).AddDays(-1));
        var dayAfter = builder.StatusOn(oldest.AddMonths(12));

        Criterion(lastDay, CriterionKeys.Media).Actual["articles"].ShouldBe(4);
        Criterion(dayAfter, CriterionKeys.Media).Actual["articles"].ShouldBe(3);
        Criterion(dayAfter, CriterionKeys.Media).Gaps.ShouldBe(["1 more press article published in the last 12 months"]);
        builder.StatusOn(Today).Overall.ShouldBe(OverallStatus.AtRisk);
    }

    [Fact]
    public void TheCouncilNeedsCoffeePlusAnotherProductAndEvidence()
    {
        var report = new TownFactsBuilder().WithCouncilProducts("Tee").WithoutCouncilEvidence().StatusOn(Today);

        var council = Criterion(report, CriterionKeys.Council);
        council.Actual.ShouldBe(new Dictionary<string, int> { ["resolution"] = 1, ["coffee"] = 0, ["otherProducts"] = 1 });
        council.Gaps.ShouldBe(["Fairtrade coffee served at council meetings", "approved evidence of the council resolution, valid on 2026-11-25"]);
    }

    [Fact]
    public void ACouncilWithoutResolutionAndAThinSteeringGroupShowBothGaps()
    {
        var report = new TownFactsBuilder().WithoutResolution().WithMembers(1).StatusOn(Today);

        Criterion(report, CriterionKeys.Council).Gaps.ShouldContain("a council resolution to take part and aim for the title");
        Criterion(report, CriterionKeys.SteeringGroup).Gaps.ShouldBe(["2 more steering-group members"]);
    }

    [Theory]
    [InlineData(null, "2026-11-25", TitleState.Candidate, null)]
    [InlineData("2025-03-01", "2026-11-25", TitleState.Awarded, "2027-03-01")]
    [InlineData("2025-03-01", "2027-01-03", TitleState.Awarded, "2027-03-01")]
    [InlineData("2025-03-01", "2027-01-04", TitleState.RenewalDue, "2027-03-01")]
    [InlineData("2025-03-01", "2027-03-01", TitleState.RenewalDue, "2027-03-01")]
    [InlineData("2025-03-01", "2027-03-02", TitleState.Lapsed, "2027-03-01")]
    [InlineData("2027-01-01", "2026-11-25", TitleState.Candidate, null)]
    public void TheTitleStateFollowsTheAwardAndTheRenewalWindow(string? awarded, string asOf, TitleState state, string? due)
    {
        var report = new TownFactsBuilder().AwardedOn(awarded is null ? null : DateOnly.Parse(awarded)).StatusOn(DateOnly.Parse(asOf));

        report.Title.State.ShouldBe(state);
        report.Title.RenewalDueOn.ShouldBe(due is null ? null : DateOnly.Parse(due));
    }

    [Theory]
    [InlineData("2025-03-01", null, "2025-12-01", "2026-03-01")]
    [InlineData("2025-03-01", "2026-02-20", "2026-03-01", "2028-02-20")]
    public void AFirstTitlePeriodMayBeShorterThanTheLaterOnes(string awarded, string? renewed, string asOf, string due)
    {
        // As in the UK: one year after the award, two after each renewal.
        var ruleset = TownFactsBuilder.DeTown with { Title = TownFactsBuilder.DeTown.Title with { FirstValidityMonths = 12 } };

        var report = new TownFactsBuilder().AwardedOn(DateOnly.Parse(awarded)).RenewedOn(renewed is null ? null : DateOnly.Parse(renewed))
            .StatusOn(DateOnly.Parse(asOf), ruleset);

        report.Title.RenewalDueOn.ShouldBe(DateOnly.Parse(due));
    }

    [Fact]
    public void ARenewalDueWithinEightWeeksMakesAMetTownAtRisk()
    {
        var report = new TownFactsBuilder().AwardedOn(Today.AddMonths(-24).AddDays(20)).StatusOn(Today);

        report.Criteria.ShouldAllBe(c => c.Met);
        report.Title.State.ShouldBe(TitleState.RenewalDue);
        report.Overall.ShouldBe(OverallStatus.AtRisk);
    }
}
