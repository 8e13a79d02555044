using Fairtrade.Abstractions.Evidence;
using Fairtrade.Grains.Localization;

namespace Fairtrade.Silo.CalendarFeed;

/// <summary>What a town's calendar feed says (FeedTexts.*.resx); the names in it are the town's own.</summary>
public sealed class FeedTexts : TextCatalog<FeedTexts>
{
    public string CalendarName(string town) => Format(nameof(CalendarName), town);
    public string Council => Get();
    public string SteeringGroup => Get();
    public string Article(string title) => Format(nameof(Article), title);

    /// <summary>The subject's name, then the evidence's kind.</summary>
    public string EvidenceLastDay(string subject, string kind) => Format(nameof(EvidenceLastDay), subject, kind);

    /// <summary>The article's title, then its outlet.</summary>
    public string ArticleLastDay(string title, string outlet) => Format(nameof(ArticleLastDay), title, outlet);

    /// <summary>The participant's name, then the activity's title.</summary>
    public string ActivityLastDay(string participant, string title) => Format(nameof(ActivityLastDay), participant, title);

    public string RenewalDue(string town) => Format(nameof(RenewalDue), town);
    public string RenewalDeadline(string town) => Format(nameof(RenewalDeadline), town);

    /// <summary>
    /// The pages' names of evidence kinds as they read within a sentence (lower case where the language writes them
    /// so), one for every kind there is.
    /// </summary>
    public IReadOnlyDictionary<string, string> EvidenceKinds => Group([.. Enum.GetValues<EvidenceKind>().Select(KebabEnum.Name)]);
}
