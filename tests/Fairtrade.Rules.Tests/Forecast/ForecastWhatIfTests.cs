using System.Text.Json;
using Fairtrade.Rules.Forecast;
using Fairtrade.Rules.Products;
using Fairtrade.Rules.Status;
using Fairtrade.Rules.Tests.Status;
using static Fairtrade.Rules.Tests.Status.TownFactsBuilder;

namespace Fairtrade.Rules.Tests.Forecast;

/// <summary>The what-if ("what if the Weltladen closes?") and the forecast as the public reads it.</summary>
public sealed class ForecastWhatIfTests
{
    private static TitleForecast Forecast(TownFacts town, params string[] leftOut) =>
        ForecastCalculator.Forecast(town, DeTown, ProductVocabulary.Default, Today, leftOut.ToHashSet());

    [Fact]
    public void LeavingOutAParticipantTheTownNeedsFailsItOnTheDayAndNamesIt()
    {
        var town = new TownFactsBuilder().Build();

        var forecast = Forecast(town, "retail-1");

        forecast.SafeUntil.ShouldBeNull();
        forecast.FirstFailure!.On.ShouldBe(Today);
        forecast.FirstFailure.Causes.Select(c => (c.Subject, c.Reason)).ShouldBe([("retail-1", ForecastReasons.LeftOut), ("retail", ForecastReasons.Missing)]);
        Forecast(town).SafeUntil.ShouldNotBeNull("the what-if changes nothing in the facts it was given");
    }

    [Fact]
    public void LeavingOutAParticipantTheTownCanSpareKeepsTheForecast()
    {
        var town = new TownFactsBuilder().WithParticipant(Shop("spare", Today.AddMonths(-1))).Build();

        JsonSerializer.Serialize(Forecast(town, "spare")).ShouldBe(JsonSerializer.Serialize(Forecast(town)));
    }

    [Fact]
    public void ThePublicsForecastCallsAnUnlistedParticipantSoAndKeepsEverythingElse()
    {
        var town = new TownFactsBuilder().WithRetail(21).WithParticipant(Shop("private-shop", Today.AddMonths(-20))).Build();

        // A participant may have an id that reads like a counter; the gap is still no participant.
        var hidden = Forecast(town).Hiding(new HashSet<string> { "private-shop", "retail" });

        hidden.FirstFailure!.Causes.ShouldBe([
            new ForecastCause(ForecastCause.Unlisted, null, ForecastReasons.EvidenceRunsOut, "its approved evidence runs out"),
            new ForecastCause("retail", null, ForecastReasons.Missing, "1 more retail outlet with at least 2 Fairtrade products", Missing: 1),
        ]);
    }
}
