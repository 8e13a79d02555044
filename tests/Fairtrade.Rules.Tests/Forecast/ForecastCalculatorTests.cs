using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Forecast;
using Fairtrade.Rules.Participants;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;
using Fairtrade.Rules.Tests.Status;
using static Fairtrade.Rules.Tests.Status.TownFactsBuilder;

namespace Fairtrade.Rules.Tests.Forecast;

public sealed class ForecastCalculatorTests
{
    private static readonly DateOnly FreshArticle = Today;

    private static TitleForecast Forecast(TownFacts town, DateOnly? asOf = null, params string[] leftOut) =>
        ForecastCalculator.Forecast(town, DeTown, ProductVocabulary.Default, asOf ?? Today, leftOut.ToHashSet());

    [Fact]
    public void AShopsDeclarationRunningOutEndsTheSafeDaysAndIsNamedWithTheShopStillMissing()
    {
        var declared = Today.AddMonths(-24).AddDays(30);
        var town = new TownFactsBuilder().WithRetail(21).WithParticipant(Shop("weltladen", declared)).Build();

        var forecast = Forecast(town);

        var runsOut = declared.AddMonths(24);
        forecast.SafeUntil.ShouldBe(runsOut.AddDays(-1));
        forecast.FirstFailure!.On.ShouldBe(runsOut);
        forecast.FirstFailure.Criterion.ShouldBe(CriterionKeys.RetailCatering);
        forecast.FirstFailure.Causes.ShouldBe([
            new ForecastCause("weltladen", "e-weltladen", ForecastReasons.EvidenceRunsOut, "its approved evidence runs out"),
            new ForecastCause("retail", null, ForecastReasons.Missing, "1 more retail outlet with at least 2 Fairtrade products", Missing: 1),
        ]);
    }

    [Fact]
    public void AnArticleAgeingOutOfTheMediaWindowIsTheFirstFailureOfTheBuildersTown()
    {
        // The builder's oldest article is four months old; its outlets' evidence and activities last longer.
        var forecast = Forecast(new TownFactsBuilder().Build());

        var oldest = Today.AddMonths(-4);
        forecast.SafeUntil.ShouldBe(oldest.AddMonths(12).AddDays(-1));
        forecast.FirstFailure!.Criterion.ShouldBe(CriterionKeys.Media);
        forecast.FirstFailure.Causes.ShouldBe([
            new ForecastCause("media", null, ForecastReasons.ArticleAgesOut, $"the press article published on {oldest:yyyy-MM-dd} is more than 12 months old", PublishedOn: oldest),
            new ForecastCause("articles", null, ForecastReasons.Missing, "1 more press article published in the last 12 months", Missing: 1),
        ]);
    }

    [Fact]
    public void ActivitiesAgeingOutFailCivilSocietyAndNameEachParticipant()
    {
        var town = new TownFactsBuilder().WithArticles(FreshArticle, FreshArticle, FreshArticle, FreshArticle).Build();

        var forecast = Forecast(town);

        var lastActivity = Today.AddMonths(-2);
        forecast.SafeUntil.ShouldBe(lastActivity.AddMonths(12).AddDays(-1));
        forecast.FirstFailure!.Criterion.ShouldBe(CriterionKeys.CivilSociety);
        forecast.FirstFailure.Causes.Select(c => (c.Subject, c.Reason)).ShouldBe([
            ("club-1", ForecastReasons.ActivityAgesOut), ("faith-1", ForecastReasons.ActivityAgesOut), ("school-1", ForecastReasons.ActivityAgesOut),
            ("school", ForecastReasons.Missing), ("club", ForecastReasons.Missing), ("faith", ForecastReasons.Missing),
        ]);
        forecast.FirstFailure.Causes[0].Text.ShouldBe("its last Fairtrade activity is more than 12 months ago");
    }

    [Fact]
    public void ATownMetOnEveryDayOfTheYearIsSafeUntilTheLastDayWithNoFailure()
    {
        // Twelve months that span 29 February are 366 days, so what starts on asOf still counts a year later.
        var asOf = new DateOnly(2027, 6, 1);
        var town = LastingTown(asOf);

        var forecast = Forecast(town, asOf);

        forecast.ShouldBe(new TitleForecast(asOf.AddDays(365), null));
        StatusCalculator.MetPerDay(town, DeTown, ProductVocabulary.Default, asOf, asOf.AddDays(365)).ShouldAllBe(met => met == 5);
    }

    [Fact]
    public void ATownNotMetOnTheDayHasNoSafeDayAndFailsThatDayWithWhatIsMissing()
    {
        var forecast = Forecast(new TownFactsBuilder().WithRetail(21).Build());

        forecast.SafeUntil.ShouldBeNull();
        forecast.FirstFailure!.On.ShouldBe(Today);
        forecast.FirstFailure.Causes.ShouldBe([new ForecastCause("retail", null, ForecastReasons.Missing, "1 more retail outlet with at least 2 Fairtrade products", Missing: 1)]);
    }

    [Fact]
    public void CouncilEvidenceRunningOutIsNamedWithItsEvidenceAndTheGap()
    {
        var resolution = Approved("council-old", Today.AddMonths(-23));
        var town = new TownFactsBuilder().Build() with { CouncilEvidence = [resolution] };

        var forecast = Forecast(town);

        forecast.SafeUntil.ShouldBe(resolution.LastValidDay);
        forecast.FirstFailure!.Criterion.ShouldBe(CriterionKeys.Council);
        forecast.FirstFailure.Causes.Select(c => (c.Subject, c.EvidenceId, c.Reason)).ShouldBe([
            ("council", "council-old", ForecastReasons.EvidenceRunsOut), ("council", null, ForecastReasons.NoValidEvidence),
        ]);
    }

    [Fact]
    public void WhenTwoCriteriaFailOnTheSameDayTheFirstInTheRulesetsOrderIsNamed()
    {
        var ending = Today.AddMonths(-20);
        var town = new TownFactsBuilder().WithSteeringEvidence(Approved("steering-old", ending)).Build() with { CouncilEvidence = [Approved("council-old", ending)] };

        var forecast = Forecast(town);

        forecast.FirstFailure!.Criterion.ShouldBe(CriterionKeys.Council);
        forecast.FirstFailure.On.ShouldBe(ending.AddMonths(24));
    }

    [Fact]
    public void TheStatusCarriesTheForecastOfItsDay()
    {
        var builder = new TownFactsBuilder().WithRetail(21).WithParticipant(Shop("weltladen", Today.AddMonths(-20)));

        var report = builder.StatusOn(Today);

        report.Forecast.SafeUntil.ShouldBe(Forecast(builder.Build()).SafeUntil);
        report.Forecast.FirstFailure!.Causes[0].Subject.ShouldBe("weltladen");
    }

    /// <summary>A town meeting every criterion from <paramref name="asOf"/> on, with everything dated that day.</summary>
    private static TownFacts LastingTown(DateOnly asOf)
    {
        ParticipantFacts Participant(string id, ParticipantKind kind) => new(id, kind, ["Kaffee", "Tee"], [asOf], [Approved($"e-{id}", asOf)], false);
        var participants = Enumerable.Range(1, 22).Select(i => Participant($"shop-{i}", ParticipantKind.Retail))
            .Concat(Enumerable.Range(1, 11).Select(i => Participant($"cafe-{i}", ParticipantKind.Catering)))
            .Append(Participant("school", ParticipantKind.School)).Append(Participant("club", ParticipantKind.Club)).Append(Participant("faith", ParticipantKind.Faith));
        return new TownFactsBuilder().Build() with
        {
            CouncilEvidence = [Approved("council", asOf)],
            SteeringGroupEvidence = [Approved("steering", asOf)],
            ArticlesPublishedOn = [asOf, asOf, asOf, asOf],
            Contributions = [.. participants.Select(p => ParticipantRules.Contribute(p, DeTown, ProductVocabulary.Default))],
        };
    }
}
