using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Silo.Web;

/// <summary>The forecast's words on the town's pages, in German and in English (<see cref="ForecastLine"/> puts them together).</summary>
public sealed record ForecastTexts
{
    public required Func<string, string, string> SafeUntil { get; init; }
    public required Func<string, string> SafeAllYear { get; init; }
    public required Func<string, string> NotMetToday { get; init; }

    /// <summary>Who a cause names when the reader may not see the participant: the form the phrases below take.</summary>
    public required string Unlisted { get; init; }
    public required string Council { get; init; }
    public required string SteeringGroup { get; init; }

    /// <summary>Whose evidence, and which (<see cref="Evidence"/> when its kind has no noun of its own).</summary>
    public required Func<string, string, string> EvidenceRunsOut { get; init; }
    public required string Evidence { get; init; }
    public required IReadOnlyDictionary<EvidenceKind, string> EvidenceNouns { get; init; }
    public required Func<string, string> ActivityAgesOut { get; init; }
    public required Func<string, string> StopsCounting { get; init; }
    public required Func<string, string> ArticleAgesOut { get; init; }
    public required Func<string, string> Needed { get; init; }
    public required Func<string, string> NoValidEvidence { get; init; }
    public required Func<string, string> Unpublished { get; init; }

    /// <summary>The what-if on the coordinator's town page: its heading, its button, and the answer's lead.</summary>
    public required string WhatIf { get; init; }
    public required string WhatIfButton { get; init; }
    public required Func<string, string> IfTheseClosed { get; init; }

    public static ForecastTexts For(string language) => language == "en" ? English : German;

    // German phrases name a participant after "bei", so names and Unlisted stand in the dative.
    public static readonly ForecastTexts German = new()
    {
        WhatIf = "Was wäre, wenn diese Teilnehmer ab heute nicht mehr zählten?",
        WhatIfButton = "Vorschau ohne sie",
        IfTheseClosed = names => $"Ohne {names}:",
        SafeUntil = (day, causes) => $"Sicher bis {day}: {causes}.",
        SafeAllYear = day => $"Sicher bis mindestens {day}: bis dahin läuft nach heutigem Stand nichts aus.",
        NotMetToday = causes => $"Heute nicht erfüllt: {causes}.",
        Unlisted = "einem nicht genannten Teilnehmer",
        Council = "dem Ratsbeschluss",
        SteeringGroup = "der Steuerungsgruppe",
        EvidenceRunsOut = (who, what) => $"bei {who} läuft {what} aus",
        Evidence = "der Nachweis",
        EvidenceNouns = new Dictionary<EvidenceKind, string>
        {
            [EvidenceKind.Declaration] = "die Erklärung",
            [EvidenceKind.Photo] = "das Foto",
            [EvidenceKind.Receipt] = "der Beleg",
            [EvidenceKind.Menu] = "die Speisekarte",
            [EvidenceKind.Resolution] = "der Beschluss",
            [EvidenceKind.MemberList] = "die Mitgliederliste",
        },
        ActivityAgesOut = who => $"bei {who} zählt die letzte Fairtrade-Aktion nicht mehr",
        StopsCounting = who => $"bei {who} fällt die Teilnahme weg",
        ArticleAgesOut = day => $"der Presseartikel vom {day} zählt nicht mehr",
        Needed = more => $"{more} nötig",
        NoValidEvidence = criterion => $"gültiger Nachweis nötig ({criterion})",
        Unpublished = criterion => $"keine veröffentlichte Zahl für diese Einwohnerzahl ({criterion})",
    };

    public static readonly ForecastTexts English = new()
    {
        WhatIf = "What if these participants stopped counting today?",
        WhatIfButton = "Forecast without them",
        IfTheseClosed = names => $"Without {names}:",
        SafeUntil = (day, causes) => $"Safe until {day}: {causes}.",
        SafeAllYear = day => $"Safe until at least {day}: nothing runs out before then as things stand.",
        NotMetToday = causes => $"Not met today: {causes}.",
        Unlisted = "an unlisted participant",
        Council = "the council",
        SteeringGroup = "the steering group",
        EvidenceRunsOut = (who, what) => $"{who}'s {what} runs out",
        Evidence = "evidence",
        EvidenceNouns = new Dictionary<EvidenceKind, string>
        {
            [EvidenceKind.Declaration] = "declaration",
            [EvidenceKind.Photo] = "photo",
            [EvidenceKind.Receipt] = "receipt",
            [EvidenceKind.Menu] = "menu",
            [EvidenceKind.Resolution] = "resolution",
            [EvidenceKind.MemberList] = "member list",
        },
        ActivityAgesOut = who => $"{who}'s last Fairtrade activity no longer counts",
        StopsCounting = who => $"{who} stops counting",
        ArticleAgesOut = day => $"the press article of {day} no longer counts",
        Needed = more => $"{more} needed",
        NoValidEvidence = criterion => $"valid evidence needed ({criterion})",
        Unpublished = criterion => $"no number published for this population ({criterion})",
    };
}
