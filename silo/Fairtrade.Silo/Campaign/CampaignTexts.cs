namespace Fairtrade.Silo.Campaign;

/// <summary>What the campaign office's console and its workbook say, in German and in English.</summary>
public sealed record CampaignTexts
{
    public required string Language { get; init; }
    public required string Console { get; init; }
    public required string Towns { get; init; }
    public required string PopulationCovered { get; init; }
    public required string DueWithin90Days { get; init; }
    public required string AllStates { get; init; }
    public required string Search { get; init; }
    public required string Show { get; init; }
    public required string Workbook { get; init; }
    public required string NoTowns { get; init; }
    public required string Page { get; init; }
    public required string Of { get; init; }
    public required string Previous { get; init; }
    public required string Next { get; init; }
    public required string Invite { get; init; }
    public required string InvitedOn { get; init; }
    public required string InviteSelected { get; init; }
    public required string Invited { get; init; }
    public required string Submitted { get; init; }
    public required string Late { get; init; }
    public required IReadOnlyDictionary<string, string> Decisions { get; init; }
    public required string SheetName { get; init; }
    public required string[] WorkbookHeaders { get; init; }

    /// <summary>Column headers by the API's field names, in the table's order.</summary>
    public required IReadOnlyList<(string Field, string Header)> Columns { get; init; }

    public static CampaignTexts For(string language) => language == "de" ? German : English;

    public static readonly CampaignTexts German = new()
    {
        Language = "de",
        Console = "Kampagnenbüro",
        Towns = "Städte",
        PopulationCovered = "Einwohner in Fairtrade-Towns",
        DueWithin90Days = "Erneuerungen fällig in 90 Tagen",
        AllStates = "Alle Titelstände",
        Search = "Name enthält",
        Show = "Anzeigen",
        Workbook = "Als Arbeitsmappe (.xlsx)",
        NoTowns = "Keine Stadt passt zu dieser Auswahl.",
        Page = "Seite",
        Of = "von",
        Previous = "Zurück",
        Next = "Weiter",
        Invite = "Zur Erneuerung einladen",
        InvitedOn = "Eingeladen am",
        InviteSelected = "Ausgewählte einladen",
        Invited = "eingeladen",
        Submitted = "eingereicht",
        Late = "verspätet",
        Decisions = new Dictionary<string, string> { ["renewed"] = "erneuert", ["conditional"] = "unter Auflagen erneuert", ["denied"] = "abgelehnt" },
        SheetName = "Städte",
        WorkbookHeaders =
        [
            "Kennung", "Stadt", "Einwohner", "Regelwerk", "Kriterien", "Titel", "Verliehen am", "Erneuerung fällig", "Sicher bis",
            "Eingeladen am", "Antwortfrist", "Eingereicht am", "Entscheidung", "Zu prüfen", "Letzte Änderung",
        ],
        Columns =
        [
            ("name", "Stadt"), ("population", "Einwohner"), ("overall", "Kriterien"), ("title", "Titel"), ("renewalDueOn", "Erneuerung fällig"),
            ("safeUntil", "Sicher bis"), ("renewal", "Erneuerung läuft"), ("pendingReviews", "Zu prüfen"), ("lastChangeAt", "Letzte Änderung"),
        ],
    };

    public static readonly CampaignTexts English = new()
    {
        Language = "en",
        Console = "Campaign office",
        Towns = "Towns",
        PopulationCovered = "People living in a Fairtrade Town",
        DueWithin90Days = "Renewals due within 90 days",
        AllStates = "Every title state",
        Search = "Name contains",
        Show = "Show",
        Workbook = "As a workbook (.xlsx)",
        NoTowns = "No town matches this choice.",
        Page = "Page",
        Of = "of",
        Previous = "Previous",
        Next = "Next",
        Invite = "Invite to renew",
        InvitedOn = "Invited on",
        InviteSelected = "Invite the selected towns",
        Invited = "invited",
        Submitted = "submitted",
        Late = "late",
        Decisions = new Dictionary<string, string> { ["renewed"] = "renewed", ["conditional"] = "renewed on conditions", ["denied"] = "denied" },
        SheetName = "Towns",
        WorkbookHeaders =
        [
            "Slug", "Town", "Population", "Ruleset", "Criteria", "Title", "Awarded on", "Renewal due", "Safe until",
            "Invited on", "Deadline", "Submitted on", "Decision", "To review", "Last change",
        ],
        Columns =
        [
            ("name", "Town"), ("population", "Population"), ("overall", "Criteria"), ("title", "Title"), ("renewalDueOn", "Renewal due"),
            ("safeUntil", "Safe until"), ("renewal", "Renewal under way"), ("pendingReviews", "To review"), ("lastChangeAt", "Last change"),
        ],
    };
}
