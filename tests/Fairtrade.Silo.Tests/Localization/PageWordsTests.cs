using Fairtrade.Grains;
using Fairtrade.Rules.Participants;
using Fairtrade.Silo.Web;

namespace Fairtrade.Silo.Tests.Localization;

/// <summary>The pages' words where a value goes in: dates in each language's format, and numbers the words agree with.</summary>
public sealed class PageWordsTests
{
    private static readonly CampaignCalendar Calendar = new(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

    [Theory]
    [InlineData("de", "09.01.2027", "9. Jan. 2027", "25.11.2026 10:00")]
    [InlineData("en", "09/01/2027", "9 Jan 2027", "25/11/2026 10:00")]
    [InlineData("fr", "09.01.2027", "9 janv. 2027", "25.11.2026 10:00")]
    [InlineData("it", "09.01.2027", "9 gen 2027", "25.11.2026 10:00")]
    public void DatesAreWrittenAsTheLanguageWritesThem(string language, string day, string longDay, string moment)
    {
        var dates = new PageDates(language, Calendar);

        dates.Day(new DateOnly(2027, 1, 9)).ShouldBe(day);
        dates.LongDay(new DateOnly(2027, 1, 9)).ShouldBe(longDay);
        dates.Moment(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero)).ShouldBe(moment);
    }

    [Fact]
    public void ADayLeftOrOverdueIsOneDayNotOneDays()
    {
        var english = PageTexts.For("en");
        var french = PageTexts.For("fr");

        english.DaysUntilRenewal(1).ShouldBe("Renewal due in 1 day");
        english.DaysUntilRenewal(96).ShouldBe("Renewal due in 96 days");
        english.DaysUntilRenewal(-1).ShouldBe("Renewal 1 day overdue");
        PageTexts.For("de").DaysUntilRenewal(-5).ShouldBe("Erneuerung seit 5 Tagen überfällig");
        french.DaysUntilRenewal(1).ShouldBe("Renouvellement à effectuer dans 1 jour");
        PageTexts.For("it").DaysUntilRenewal(-2).ShouldBe("Rinnovo in ritardo di 2 giorni");
    }

    [Fact]
    public void ACounterNamesOneThingInTheSingularAndAnUnknownCounterByItsKey()
    {
        var french = PageTexts.For("fr");

        french.Counter("retail", 1).ShouldBe("commerce");
        french.Counter("retail", 22).ShouldBe("commerces");
        PageTexts.For("it").Counter("faith", 2).ShouldBe("comunità religiose");
        french.Counter("unheard-of", 2).ShouldBe("unheard-of");
    }

    [Fact]
    public void TheItalianForecastsVerbAgreesWithHowManyAreNeeded()
    {
        var italian = ForecastTexts.For("it");

        italian.Needed(1, "1 negozio").ShouldBe("serve ancora 1 negozio");
        italian.Needed(2, "2 negozi").ShouldBe("servono ancora 2 negozi");
    }

    [Fact]
    public void AParticipantsGapIsSaidWithItsNumbers()
    {
        var categories = new ParticipantGap(ParticipantGapKind.TooFewProducts, new DateOnly(2026, 11, 25), Have: 1, Need: 3, ByCategory: true);
        var activity = new ParticipantGap(ParticipantGapKind.NoRecentActivity, new DateOnly(2026, 11, 25), Need: 12);

        WorkTexts.For("fr").Gap(categories).ShouldBe("Au moins 3 catégories de produits Fairtrade (jusqu’ici 1).");
        WorkTexts.For("de").Gap(categories).ShouldBe("Mindestens 3 faire Produktgruppen (bisher 1).");
        WorkTexts.For("it").Gap(activity).ShouldBe("Un’azione Fairtrade negli ultimi 12 mesi.");
        WorkTexts.For("en").Gap(activity).ShouldBe("A Fairtrade activity in the last 12 months.");
    }
}
