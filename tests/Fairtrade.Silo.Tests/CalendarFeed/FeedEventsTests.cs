using Fairtrade.Abstractions.Evidence;
using Fairtrade.Rules.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Silo.CalendarFeed;
using static Fairtrade.Silo.Tests.CalendarFeed.FeedSources;

namespace Fairtrade.Silo.Tests.CalendarFeed;

/// <summary>Which dates a town's feed holds, what each says, and which UID it carries: the builder alone, no silo.</summary>
public sealed class FeedEventsTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 25);

    [Fact]
    public void EvidenceShowsOnItsLastValidDayNamedAfterItsSubject()
    {
        var sources = Town()
            .WithTownEvidence(EvidenceSubjects.Council, EvidenceKind.Resolution, "e-council", new DateOnly(2027, 6, 1))
            .WithArticle("a-1", new DateOnly(2025, 1, 1), "Faire Woche")
            .WithTownEvidence(EvidenceSubjects.Media("a-1"), EvidenceKind.Article, "e-press", new DateOnly(2027, 2, 1))
            .WithParticipant("cafe-mokka", "Café Mokka", ParticipantKind.Catering, [Approved("e-mokka", EvidenceKind.Declaration, new DateOnly(2027, 1, 10))]);

        var events = FeedEvents.Build(sources, AsOf, FeedTexts.For("de"));

        events.Select(e => (e.Day, e.Summary)).ShouldBe(
        [
            (new DateOnly(2027, 1, 9), "Café Mokka: letzter gültiger Tag des Nachweises (Erklärung)"),
            (new DateOnly(2027, 1, 31), "Artikel „Faire Woche“: letzter gültiger Tag des Nachweises (Artikel)"),
            (new DateOnly(2027, 5, 31), "Ratsbeschluss: letzter gültiger Tag des Nachweises (Beschluss)"),
        ]);
    }

    [Fact]
    public void ArticlesAndActivitiesShowOnTheLastDayTheRulesetsWindowCountsThem()
    {
        var sources = Town()
            .WithArticle("a-1", new DateOnly(2026, 4, 2), "Faire Woche in Bottrop")
            .WithParticipant("school", "Gesamtschule Süd", ParticipantKind.School)
            .WithActivity("school", "act-1", new DateOnly(2026, 9, 20), "Faires Frühstück");

        var events = FeedEvents.Build(sources, AsOf, FeedTexts.For("de"));

        events.Select(e => (e.Day, e.Summary)).ShouldBe(
        [
            (new DateOnly(2027, 4, 1), "Presseartikel „Faire Woche in Bottrop“ (WAZ): letzter Tag, an dem er zählt"),
            (new DateOnly(2027, 9, 19), "Gesamtschule Süd: letzter Tag, an dem die Aktion „Faires Frühstück“ zählt"),
        ]);
    }

    [Fact]
    public void TheRenewalsDueDateAndADeadlineGivenByRenewalsAreEvents()
    {
        var withoutDeadline = Town(renewalDueOn: new DateOnly(2027, 3, 1));
        var withDeadline = withoutDeadline with { RenewalDeadline = new DateOnly(2027, 4, 26) };

        var before = FeedEvents.Build(withoutDeadline, AsOf, FeedTexts.For("de"));
        var after = FeedEvents.Build(withDeadline, AsOf, FeedTexts.For("en"));

        before.Select(e => (e.Day, e.Summary)).ShouldBe([(new DateOnly(2027, 3, 1), "Bottrop: Erneuerung des Fairtrade-Titels fällig")]);
        after.Select(e => (e.Day, e.Summary)).ShouldBe(
        [
            (new DateOnly(2027, 3, 1), "Bottrop: the Fairtrade Town title is due for renewal"),
            (new DateOnly(2027, 4, 26), "Bottrop: deadline for the renewal answer"),
        ]);
        after[0].Uid.ShouldBe(before[0].Uid, "the language changes nothing about what an event is");
    }

    [Fact]
    public void OnlyDaysFromAsOfToFourHundredDaysLaterAreInTheFeed()
    {
        var sources = Town()
            .WithParticipant("shop", "Weltladen", ParticipantKind.Retail,
            [
                Approved("yesterday", EvidenceKind.Photo, AsOf),
                Approved("today", EvidenceKind.Photo, AsOf.AddDays(1)),
                Approved("last", EvidenceKind.Photo, AsOf.AddDays(401)),
                Approved("too-late", EvidenceKind.Photo, AsOf.AddDays(402)),
            ]);

        var days = FeedEvents.Build(sources, AsOf, FeedTexts.For("de")).Select(e => e.Day);

        days.ShouldBe([AsOf, AsOf.AddDays(400)]);
    }

    [Fact]
    public void ArchivedParticipantsAndEvidenceNotApprovedHaveNoEvents()
    {
        var sources = Town()
            .WithParticipant("gone", "Geschlossen", ParticipantKind.School, [Approved("e-gone", EvidenceKind.Declaration, new DateOnly(2027, 1, 10))], archived: true)
            .WithActivity("gone", "act-1", new DateOnly(2026, 9, 20), "Faires Frühstück")
            .WithParticipant("shop", "Weltladen", ParticipantKind.Retail,
                [new EvidenceSummary("e-waiting", EvidenceKind.Photo, EvidenceStatus.Submitted, new DateOnly(2026, 11, 20), new DateOnly(2028, 11, 20))])
            .WithTownEvidence(EvidenceSubjects.SteeringGroup, EvidenceKind.MemberList, "e-rejected", new DateOnly(2027, 1, 1), EvidenceStatus.Rejected);

        FeedEvents.Build(sources, AsOf, FeedTexts.For("de")).ShouldBeEmpty();
    }

    [Fact]
    public void AnEventsUidFollowsWhatItIsAboutNotItsDayNorTheDayAsked()
    {
        var first = Town().WithParticipant("shop", "Weltladen", ParticipantKind.Retail, [Approved("e-1", EvidenceKind.Photo, new DateOnly(2027, 1, 10))]);
        var revised = Town().WithParticipant("shop", "Weltladen", ParticipantKind.Retail, [Approved("e-1", EvidenceKind.Photo, new DateOnly(2027, 2, 10))]);
        var elsewhere = Town("gladbeck", "Gladbeck").WithParticipant("shop", "Weltladen", ParticipantKind.Retail, [Approved("e-1", EvidenceKind.Photo, new DateOnly(2027, 1, 10))]);

        var uid = FeedEvents.Build(first, AsOf, FeedTexts.For("de")).Single().Uid;

        FeedEvents.Build(first, AsOf.AddDays(20), FeedTexts.For("de")).Single().Uid.ShouldBe(uid);
        FeedEvents.Build(revised, AsOf, FeedTexts.For("de")).Single().Uid.ShouldBe(uid, "revised evidence moves its event, it adds none");
        FeedEvents.Build(elsewhere, AsOf, FeedTexts.For("de")).Single().Uid.ShouldNotBe(uid);
        uid.ShouldMatch("^[0-9a-f]{32}@fairtrade-town$");
    }
}
