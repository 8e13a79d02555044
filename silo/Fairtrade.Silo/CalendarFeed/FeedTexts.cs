using Fairtrade.Silo.Web;

namespace Fairtrade.Silo.CalendarFeed;

/// <summary>What a town's calendar feed says, in German and in English; the names in it are the town's own.</summary>
public sealed record FeedTexts
{
    public required string Language { get; init; }
    public required Func<string, string> CalendarName { get; init; }
    public required string Council { get; init; }
    public required string SteeringGroup { get; init; }
    public required Func<string, string> Article { get; init; }

    /// <summary>The subject's name, then the evidence's kind.</summary>
    public required Func<string, string, string> EvidenceLastDay { get; init; }

    /// <summary>The article's title, then its outlet.</summary>
    public required Func<string, string, string> ArticleLastDay { get; init; }

    /// <summary>The participant's name, then the activity's title.</summary>
    public required Func<string, string, string> ActivityLastDay { get; init; }

    public required Func<string, string> RenewalDue { get; init; }
    public required Func<string, string> RenewalDeadline { get; init; }

    /// <summary>The pages' names of evidence kinds, so the feed calls a declaration what the pages call it.</summary>
    public required IReadOnlyDictionary<string, string> EvidenceKinds { get; init; }

    public static FeedTexts For(string language) => language == "de" ? German : English;

    public static readonly FeedTexts German = new()
    {
        Language = "de",
        CalendarName = town => $"Fairtrade-Stadt {town}",
        Council = "Ratsbeschluss",
        SteeringGroup = "Steuerungsgruppe",
        Article = title => $"Artikel „{title}“",
        EvidenceLastDay = (subject, kind) => $"{subject}: letzter gültiger Tag des Nachweises ({kind})",
        ArticleLastDay = (title, outlet) => $"Presseartikel „{title}“ ({outlet}): letzter Tag, an dem er zählt",
        ActivityLastDay = (participant, title) => $"{participant}: letzter Tag, an dem die Aktion „{title}“ zählt",
        RenewalDue = town => $"{town}: Erneuerung des Fairtrade-Titels fällig",
        RenewalDeadline = town => $"{town}: Frist für die Antwort zur Titel-Erneuerung endet",
        EvidenceKinds = ManageTexts.For("de").EvidenceKinds,
    };

    public static readonly FeedTexts English = new()
    {
        Language = "en",
        CalendarName = town => $"Fairtrade Town {town}",
        Council = "Council resolution",
        SteeringGroup = "Steering group",
        Article = title => $"Article “{title}”",
        EvidenceLastDay = (subject, kind) => $"{subject}: last valid day of the evidence ({kind.ToLowerInvariant()})",
        ArticleLastDay = (title, outlet) => $"Press article “{title}” ({outlet}): last day it counts",
        ActivityLastDay = (participant, title) => $"{participant}: last day the activity “{title}” counts",
        RenewalDue = town => $"{town}: the Fairtrade Town title is due for renewal",
        RenewalDeadline = town => $"{town}: deadline for the renewal answer",
        EvidenceKinds = ManageTexts.For("en").EvidenceKinds,
    };
}
