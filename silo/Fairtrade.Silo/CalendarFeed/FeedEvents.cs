using System.Security.Cryptography;
using System.Text;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Abstractions.Participants;
using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.CalendarFeed;

/// <summary>
/// Which dates of a town go into its calendar feed, and what each event says: the last valid day of each piece of
/// approved evidence (the town's and its participants'), the last day each press article and activity counts, the
/// renewal's due date and deadline; those from <c>asOf</c> to <see cref="DaysAhead"/> days later. Archived participants
/// have none.
/// </summary>
public static class FeedEvents
{
    public const int DaysAhead = 400;

    public static FeedEvent[] Build(CalendarSources sources, DateOnly asOf, FeedTexts texts)
    {
        var town = sources.Town;
        var ruleset = sources.Ruleset;
        var participants = sources.Participants.Where(p => !p.Archived).ToArray();
        var titles = sources.Articles.ToDictionary(a => EvidenceSubjects.Media(a.Id), a => a.Title, StringComparer.Ordinal);
        string TownSubject(string subject) => subject switch
        {
            EvidenceSubjects.Council => texts.Council,
            EvidenceSubjects.SteeringGroup => texts.SteeringGroup,
            _ => texts.Article(titles.GetValueOrDefault(subject, subject)),
        };

        FeedEvent EvidenceEvent(string subject, string id, EvidenceKind kind, DateOnly validUntil) => new(
            Uid(town.Slug, "evidence", id),
            EvidenceFacts.LastValidDayBefore(validUntil),
            texts.EvidenceLastDay(subject, texts.EvidenceKinds[KebabEnum.Name(kind)]));

        FeedEvent ArticleEvent(MediaArticle article) => new(
            Uid(town.Slug, "article", article.Id),
            LastDayOf(article.PublishedOn, ruleset.Media.WindowMonths),
            texts.ArticleLastDay(article.Title, article.Outlet));

        FeedEvent ActivityEvent(ParticipantEntry participant, Activity activity) => new(
            Uid(town.Slug, "activity", $"{participant.Id}/{activity.Id}"),
            LastDayOf(activity.Date, ruleset.CivilSociety.ActivityWindowMonths),
            texts.ActivityLastDay(participant.Name, activity.Title));

        IEnumerable<FeedEvent> events =
        [
            .. sources.TownEvidence.Where(e => e.Status == EvidenceStatus.Approved).Select(e => EvidenceEvent(TownSubject(e.Subject), e.Id, e.Kind, e.ValidUntil)),
            .. participants.SelectMany(p => p.Evidence.Where(e => e.Status == EvidenceStatus.Approved).Select(e => EvidenceEvent(p.Name, e.Id, e.Kind, e.ValidUntil))),
            .. sources.Articles.Select(ArticleEvent),
            .. participants.Where(p => ParticipantRules.IsCivilSociety(p.Kind)).SelectMany(p => sources.Activities.GetValueOrDefault(p.Id, []).Select(a => ActivityEvent(p, a))),
            .. Renewal(town.Slug, "renewal-due", sources.RenewalDueOn, texts.RenewalDue(town.Name)),
            .. Renewal(town.Slug, "renewal-deadline", sources.RenewalDeadline, texts.RenewalDeadline(town.Name)),
        ];
        var last = asOf.AddDays(DaysAhead);
        return [.. events.Where(e => e.Day >= asOf && e.Day <= last).OrderBy(e => e.Day).ThenBy(e => e.Uid, StringComparer.Ordinal)];
    }

    /// <summary>Something dated <paramref name="day"/> that counts for <paramref name="months"/> months counts until the day before then.</summary>
    private static DateOnly LastDayOf(DateOnly day, int months) => day.AddMonths(months).AddDays(-1);

    /// <summary>A renewal's UID names its day: a new title period's renewal is another event, not this one moved.</summary>
    private static FeedEvent[] Renewal(string town, string what, DateOnly? day, string summary) =>
        day is { } due ? [new FeedEvent(Uid(town, what, $"{due:yyyy-MM-dd}"), due, summary)] : [];

    /// <summary>
    /// Made from what the event is about (the town, the kind of date, and the id the evidence, article or activity is
    /// stored under), never from the fetch, so calendar apps update an event instead of adding it again; hashed, so it
    /// gives nothing away to a calendar service.
    /// </summary>
    private static string Uid(string town, string what, string about) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{town}|{what}|{about}")))[..32]}@fairtrade-town";
}
