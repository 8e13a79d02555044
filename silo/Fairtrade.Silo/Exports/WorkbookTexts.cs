namespace Fairtrade.Silo.Exports;

/// <summary>What the renewal workbook says, in German and in English: sheet names, headers, words in cells.</summary>
public sealed record WorkbookTexts
{
    public required string Language { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string SummarySheet { get; init; }
    public required string RetailSheet { get; init; }
    public required string CateringSheet { get; init; }
    public required string CivilSocietySheet { get; init; }
    public required string SteeringGroupSheet { get; init; }
    public required string CouncilSheet { get; init; }
    public required string MediaSheet { get; init; }
    public required string EvidenceSheet { get; init; }
    public required string ChangesSheet { get; init; }
    public required string[] SummaryFacts { get; init; }
    public required string[] SummaryHeaders { get; init; }
    public required string[] OutletHeaders { get; init; }
    public required string[] CivilSocietyHeaders { get; init; }
    public required string[] SteeringGroupHeaders { get; init; }
    public required string ResolutionAdoptedOn { get; init; }
    public required string[] CouncilHeaders { get; init; }
    public required string[] MediaHeaders { get; init; }
    public required string[] EvidenceHeaders { get; init; }
    public required string[] ChangesHeaders { get; init; }
    public required IReadOnlyDictionary<string, string> Criteria { get; init; }
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }

    public string YesNo(bool value) => value ? Yes : No;

    public static WorkbookTexts For(string language) => language == "de" ? German : English;

    public static readonly WorkbookTexts German = new()
    {
        Language = "de",
        Yes = "ja",
        No = "nein",
        SummarySheet = "Übersicht",
        RetailSheet = "Einzelhandel",
        CateringSheet = "Gastronomie",
        CivilSocietySheet = "Zivilgesellschaft",
        SteeringGroupSheet = "Steuerungsgruppe",
        CouncilSheet = "Rat",
        MediaSheet = "Presse",
        EvidenceSheet = "Nachweise",
        ChangesSheet = "Änderungen",
        SummaryFacts = ["Stadt", "Art", "Einwohnerzahl", "Regelwerk", "Version", "Quelle", "Titel verliehen am", "Zuletzt erneuert am", "Erneuerung fällig am", "Stand", "Gesamtstatus", "Presse zählt ab"],
        SummaryHeaders = ["Kriterium", "Zähler", "Gefordert", "Erreicht", "Zähler erfüllt", "Kriterium erfüllt (mit Nachweisen)"],
        OutletHeaders = ["Name", "Adresse", "Kette / Filiale", "Produkte", "Öffentlich genannt", "Zählt", "Nachweis vom", "Nachweis gültig bis", "Ansprechperson", "E-Mail", "Telefon", "Kennung"],
        CivilSocietyHeaders = ["Einrichtung", "Art", "Letzte Aktion", "Datum der Aktion", "Produkte", "Zählt", "Nachweis vom", "Nachweis gültig bis", "Kennung"],
        SteeringGroupHeaders = ["Name", "Organisation", "Bereich"],
        ResolutionAdoptedOn = "Ratsbeschluss vom",
        CouncilHeaders = ["Produkt in Sitzungen und Verwaltung", "Produktgruppe"],
        MediaHeaders = ["Erschienen am", "Medium", "Überschrift", "Link"],
        EvidenceHeaders = ["Kennung", "Betrifft", "Art", "Datum", "Gültig bis", "Status", "Geprüft von", "Datei", "SHA-256"],
        ChangesHeaders = ["Zeitpunkt", "Wer", "Was", "Betrifft", "Änderungen"],
        Criteria = new Dictionary<string, string>
        {
            ["council"] = "Ratsbeschluss", ["steering-group"] = "Steuerungsgruppe", ["retail-catering"] = "Einzelhandel und Gastronomie",
            ["civil-society"] = "Zivilgesellschaft", ["media"] = "Presse",
        },
        Kinds = new Dictionary<string, string> { ["school"] = "Schule", ["club"] = "Verein", ["faith"] = "Glaubensgemeinschaft" },
    };

    public static readonly WorkbookTexts English = new()
    {
        Language = "en",
        Yes = "yes",
        No = "no",
        SummarySheet = "Summary",
        RetailSheet = "Retail",
        CateringSheet = "Catering",
        CivilSocietySheet = "Civil society",
        SteeringGroupSheet = "Steering group",
        CouncilSheet = "Council",
        MediaSheet = "Media",
        EvidenceSheet = "Evidence index",
        ChangesSheet = "Changes",
        SummaryFacts = ["Town", "Kind", "Population", "Ruleset", "Version", "Source", "Title awarded on", "Last renewed on", "Renewal due on", "As of", "Overall status", "Press counts from"],
        SummaryHeaders = ["Criterion", "Counter", "Required", "Actual", "Counter met", "Criterion met (with evidence)"],
        OutletHeaders = ["Name", "Address", "Chain / branch", "Products", "Listed publicly", "Counts", "Evidence dated", "Evidence valid until", "Contact person", "E-mail", "Phone", "Id"],
        CivilSocietyHeaders = ["Institution", "Type", "Latest activity", "Activity date", "Products", "Counts", "Evidence dated", "Evidence valid until", "Id"],
        SteeringGroupHeaders = ["Name", "Organisation", "Sector"],
        ResolutionAdoptedOn = "Council resolution adopted on",
        CouncilHeaders = ["Product at meetings and in the administration", "Category"],
        MediaHeaders = ["Published on", "Outlet", "Headline", "Link"],
        EvidenceHeaders = ["Id", "Subject", "Kind", "Dated", "Valid until", "Status", "Reviewed by", "File", "SHA-256"],
        ChangesHeaders = ["At", "Who", "What", "Subject", "Changes"],
        Criteria = new Dictionary<string, string>
        {
            ["council"] = "Council resolution", ["steering-group"] = "Steering group", ["retail-catering"] = "Retail and catering",
            ["civil-society"] = "Civil society", ["media"] = "Media",
        },
        Kinds = new Dictionary<string, string> { ["school"] = "School", ["club"] = "Club", ["faith"] = "Faith community" },
    };
}
