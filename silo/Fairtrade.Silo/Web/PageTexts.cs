using Fairtrade.Rules.Status;

namespace Fairtrade.Silo.Web;

/// <summary>Everything the pages say, in German and in English; users' own text is never in here.</summary>
public sealed record PageTexts
{
    public required string Language { get; init; }
    public required string SiteName { get; init; }
    public required string TownsHeading { get; init; }
    public required string NoTowns { get; init; }
    public required string StatusHeading { get; init; }
    public required string Met { get; init; }
    public required string NotMet { get; init; }
    public required string Missing { get; init; }
    public required string HistoryHeading { get; init; }
    public required string HistoryCaption { get; init; }
    public required string OutletsHeading { get; init; }
    public required string NoOutlets { get; init; }
    public required string PressHeading { get; init; }
    public required string NoPress { get; init; }
    public required string ExpiringHeading { get; init; }
    public required string LiveNote { get; init; }
    public required string OtherLanguage { get; init; }
    public required Func<string, string> Population { get; init; }
    public required Func<int, string> DaysUntilRenewal { get; init; }
    public required Func<string, string> ExpiresOn { get; init; }
    public required IReadOnlyDictionary<OverallStatus, string> Overall { get; init; }
    public required IReadOnlyDictionary<TitleState, string> Title { get; init; }
    public required IReadOnlyDictionary<string, string> Criteria { get; init; }
    public required IReadOnlyDictionary<string, (string One, string Many)> Counters { get; init; }
    public required Func<int, string, string> More { get; init; }
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }

    public string Counter(string counter, int count) =>
        Counters.TryGetValue(counter, out var names) ? (count == 1 ? names.One : names.Many) : counter;

    public static PageTexts For(string language) => language == "en" ? English : German;

    public static readonly PageTexts German = new()
    {
        Language = "de",
        SiteName = "Fairtrade-Stadt",
        TownsHeading = "Fairtrade-Städte",
        NoTowns = "Noch keine Städte.",
        StatusHeading = "Die fünf Kriterien",
        Met = "erfüllt",
        NotMet = "nicht erfüllt",
        Missing = "Es fehlt",
        HistoryHeading = "Verlauf",
        HistoryCaption = "Erfüllte Kriterien pro Tag, die letzten 90 Tage",
        OutletsHeading = "Hier gibt es fairen Handel",
        NoOutlets = "Noch keine Geschäfte oder Cafés, die hier genannt werden möchten.",
        PressHeading = "In der Presse",
        NoPress = "Noch keine Presseartikel.",
        ExpiringHeading = "Läuft bald ab",
        LiveNote = "Diese Seite aktualisiert sich von selbst.",
        OtherLanguage = "English",
        Population = n => $"{n} Einwohnerinnen und Einwohner",
        DaysUntilRenewal = days => days >= 0 ? $"Erneuerung in {days} Tagen fällig" : $"Erneuerung seit {-days} Tagen überfällig",
        ExpiresOn = day => $"Nachweis gültig bis {day}",
        Overall = new Dictionary<OverallStatus, string>
        {
            [OverallStatus.Met] = "Alle Kriterien erfüllt",
            [OverallStatus.AtRisk] = "Erfüllt, aber gefährdet",
            [OverallStatus.NotMet] = "Noch nicht alle Kriterien erfüllt",
        },
        Title = new Dictionary<TitleState, string>
        {
            [TitleState.Candidate] = "Auf dem Weg zum Titel",
            [TitleState.Awarded] = "Titel verliehen",
            [TitleState.RenewalDue] = "Erneuerung steht an",
            [TitleState.Lapsed] = "Titel abgelaufen",
        },
        Criteria = new Dictionary<string, string>
        {
            ["council"] = "Ratsbeschluss",
            ["steering-group"] = "Steuerungsgruppe",
            ["retail-catering"] = "Einzelhandel und Gastronomie",
            ["civil-society"] = "Zivilgesellschaft",
            ["media"] = "Presse",
        },
        Counters = new Dictionary<string, (string, string)>
        {
            ["resolution"] = ("Ratsbeschluss", "Ratsbeschlüsse"),
            ["coffee"] = ("fairer Kaffee in Sitzungen", "fairer Kaffee in Sitzungen"),
            ["otherProducts"] = ("weiteres faires Produkt", "weitere faire Produkte"),
            ["products"] = ("faires Produkt in der Verwaltung", "faire Produkte in der Verwaltung"),
            ["members"] = ("Mitglied", "Mitglieder"),
            ["retail"] = ("Geschäft", "Geschäfte"),
            ["catering"] = ("Café oder Restaurant", "Cafés und Restaurants"),
            ["school"] = ("Schule", "Schulen"),
            ["club"] = ("Verein", "Vereine"),
            ["faith"] = ("Glaubensgemeinschaft", "Glaubensgemeinschaften"),
            ["articles"] = ("Presseartikel", "Presseartikel"),
        },
        More = (missing, thing) => $"noch {missing} {thing}",
        Kinds = new Dictionary<string, string> { ["retail"] = "Geschäft", ["catering"] = "Café / Restaurant" },
    };

    public static readonly PageTexts English = new()
    {
        Language = "en",
        SiteName = "Fairtrade Town",
        TownsHeading = "Fairtrade Towns",
        NoTowns = "No towns yet.",
        StatusHeading = "The five criteria",
        Met = "met",
        NotMet = "not met",
        Missing = "Missing",
        HistoryHeading = "History",
        HistoryCaption = "Criteria met per day, the last 90 days",
        OutletsHeading = "Where to buy Fairtrade",
        NoOutlets = "No shops or cafés have asked to be listed here yet.",
        PressHeading = "In the press",
        NoPress = "No press articles yet.",
        ExpiringHeading = "Running out soon",
        LiveNote = "This page updates by itself.",
        OtherLanguage = "Deutsch",
        Population = n => $"{n} inhabitants",
        DaysUntilRenewal = days => days >= 0 ? $"Renewal due in {days} days" : $"Renewal {-days} days overdue",
        ExpiresOn = day => $"evidence valid until {day}",
        Overall = new Dictionary<OverallStatus, string>
        {
            [OverallStatus.Met] = "Every criterion met",
            [OverallStatus.AtRisk] = "Met, but at risk",
            [OverallStatus.NotMet] = "Not every criterion met yet",
        },
        Title = new Dictionary<TitleState, string>
        {
            [TitleState.Candidate] = "Working towards the title",
            [TitleState.Awarded] = "Title awarded",
            [TitleState.RenewalDue] = "Renewal due",
            [TitleState.Lapsed] = "Title lapsed",
        },
        Criteria = new Dictionary<string, string>
        {
            ["council"] = "Council resolution",
            ["steering-group"] = "Steering group",
            ["retail-catering"] = "Shops and catering",
            ["civil-society"] = "Civil society",
            ["media"] = "Press",
        },
        Counters = new Dictionary<string, (string, string)>
        {
            ["resolution"] = ("council resolution", "council resolutions"),
            ["coffee"] = ("Fairtrade coffee at meetings", "Fairtrade coffee at meetings"),
            ["otherProducts"] = ("other Fairtrade product", "other Fairtrade products"),
            ["products"] = ("Fairtrade product used by the administration", "Fairtrade products used by the administration"),
            ["members"] = ("member", "members"),
            ["retail"] = ("shop", "shops"),
            ["catering"] = ("café or restaurant", "cafés and restaurants"),
            ["school"] = ("school", "schools"),
            ["club"] = ("club", "clubs"),
            ["faith"] = ("faith community", "faith communities"),
            ["articles"] = ("press article", "press articles"),
        },
        More = (missing, thing) => $"{missing} more {thing}",
        Kinds = new Dictionary<string, string> { ["retail"] = "Shop", ["catering"] = "Café / restaurant" },
    };
}
