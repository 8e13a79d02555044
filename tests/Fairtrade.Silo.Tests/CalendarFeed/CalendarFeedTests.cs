using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.CalendarFeed;

/// <summary>
/// A town's calendar feed through its revocable link, over real HTTP. The town of <see cref="CalendarFeeds.BuildTownWithDatesAsync"/>
/// has, ahead of 2026-11-25: Café Mokka's declaration running out (last valid day 2027-01-09), the renewal due on
/// 2027-03-01, the press article of 2026-04-02 ageing out (2027-04-01), the council's evidence running out
/// (2027-05-31) and the school's activity of 2026-09-20 ageing out (2027-09-19). The school's declaration runs out
/// beyond the feed's 400 days, the other article before today.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CalendarFeedTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task TheFeedHoldsEveryDateThatMattersAsAllDayEventsInTheTownsLanguage()
    {
        var slug = Api.NewSlug();
        await _admin.BuildTownWithDatesAsync(slug);
        var (_, url) = await _admin.CreateCalendarLinkAsync(slug);

        var events = await fixture.App.FetchEventsAsync(url);

        events.Select(e => (DateOnly.FromDateTime(e.Start!.Value), e.Summary)).ShouldBe(
        [
            (new DateOnly(2027, 1, 9), "Café Mokka: letzter gültiger Tag des Nachweises (Erklärung)"),
            (new DateOnly(2027, 3, 1), $"Town {slug}: Erneuerung des Fairtrade-Titels fällig"),
            (new DateOnly(2027, 4, 1), "Presseartikel „Faire Woche in Bottrop“ (WAZ): letzter Tag, an dem er zählt"),
            (new DateOnly(2027, 5, 31), "Ratsbeschluss: letzter gültiger Tag des Nachweises (Beschluss)"),
            (new DateOnly(2027, 9, 19), "Gesamtschule Süd: letzter Tag, an dem die Aktion „Faires Frühstück“ zählt"),
        ]);
        events.ShouldAllBe(e => e.IsAllDay && DateOnly.FromDateTime(e.End!.Value) == DateOnly.FromDateTime(e.Start!.Value).AddDays(1));
        events.Select(e => e.Uid).Distinct().Count().ShouldBe(events.Length);
        Uri.IsWellFormedUriString(url, UriKind.Absolute).ShouldBeTrue();
    }

    [Fact]
    public async Task AnOpenRenewalAddsItsDeadlineUntilTheTownSubmits()
    {
        var slug = Api.NewSlug();
        await _admin.BuildTownWithDatesAsync(slug);
        var (_, url) = await _admin.CreateCalendarLinkAsync(slug);
        var renewal = await _admin.PostCreatedAsync($"/api/towns/{slug}/renewals", new { invitedOn = "2026-11-20" });

        var invited = await fixture.App.FetchEventsAsync(url);
        await _admin.PostCreatedAsync($"/api/towns/{slug}/renewals/{renewal["id"]}/submission", new { });
        var submitted = await fixture.App.FetchEventsAsync(url);

        invited.ShouldContain(e => DateOnly.FromDateTime(e.Start!.Value) == new DateOnly(2027, 1, 15) && e.Summary!.Contains("Frist"));
        submitted.Length.ShouldBe(invited.Length - 1);
        submitted.ShouldNotContain(e => e.Summary!.Contains("Frist"));
    }

    [Fact]
    public async Task UidsStayTheSameAcrossFetchesAndDaysAsked()
    {
        var slug = Api.NewSlug();
        await _admin.BuildTownWithDatesAsync(slug);
        var (_, url) = await _admin.CreateCalendarLinkAsync(slug);

        var first = await fixture.App.FetchEventsAsync(url);
        var second = await fixture.App.FetchEventsAsync(url);
        var nextMonth = await fixture.App.FetchEventsAsync($"{url}?asOf=2026-12-25&lang=en");

        second.Select(e => e.Uid).ShouldBe(first.Select(e => e.Uid));
        nextMonth.Select(e => e.Uid).ShouldBe(first.Select(e => e.Uid));
        nextMonth[0].Summary.ShouldBe("Café Mokka: last valid day of the evidence (declaration)");
    }

    [Fact]
    public async Task AskedForItalianTheFeedNamesEveryEventInItalian()
    {
        var slug = Api.NewSlug();
        await _admin.BuildTownWithDatesAsync(slug);
        var (_, url) = await _admin.CreateCalendarLinkAsync(slug);

        var events = await fixture.App.FetchEventsAsync($"{url}?lang=it");

        events.Select(e => e.Summary).ShouldBe(
        [
            "Café Mokka: ultimo giorno di validità della prova (dichiarazione)",
            $"Town {slug}: scadenza del rinnovo del titolo Fairtrade Town",
            "Articolo di stampa «Faire Woche in Bottrop» (WAZ): ultimo giorno in cui conta",
            "Delibera del consiglio comunale: ultimo giorno di validità della prova (delibera)",
            "Gesamtschule Süd: ultimo giorno in cui conta l’attività «Faires Frühstück»",
        ]);
    }

    [Fact]
    public async Task ALanguageTheProductDoesNotSpeakIsRefusedNamingLang()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        var (_, url) = await _admin.CreateCalendarLinkAsync(slug);
        using var calendarApp = fixture.App.CreateClient();

        var response = await calendarApp.GetAsync($"{url}?lang=es");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!["lang"].ShouldNotBeNull();
    }

    [Fact]
    public async Task ARevokedLinkIsNotFoundAtOnceAndListedAsRevoked()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        var (id, url) = await _admin.CreateCalendarLinkAsync(slug);
        (await fixture.App.FeedStatusAsync(url)).ShouldBe(HttpStatusCode.OK);

        var revoke = await _admin.DeleteAsync($"/api/towns/{slug}/calendar-links/{id}");

        revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await fixture.App.FeedStatusAsync(url)).ShouldBe(HttpStatusCode.NotFound);
        var listed = (await _admin.GetJsonAsync($"/api/towns/{slug}/calendar-links")).AsArray().ShouldHaveSingleItem()!;
        ((string?)listed["id"]).ShouldBe(id);
        ((bool)listed["revoked"]!).ShouldBeTrue();
        (await _admin.DeleteAsync($"/api/towns/{slug}/calendar-links/0123456789abcdef")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AWrongSecretAnUnknownLinkOrAnotherTownIsNotFound()
    {
        var slug = Api.NewSlug();
        var other = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.CreateTownAsync(other);
        var (id, url) = await _admin.CreateCalendarLinkAsync(slug);
        var secret = url[(url.LastIndexOf('/') + 1)..^".ics".Length];
        var flipped = (secret[0] == 'A' ? 'B' : 'A') + secret[1..];

        string[] wrong =
        [
            url.Replace(secret, flipped, StringComparison.Ordinal),
            url.Replace(id, "0123456789abcdef", StringComparison.Ordinal),
            url.Replace($"/{slug}/", $"/{other}/", StringComparison.Ordinal),
            url.Replace(secret, secret[..^1], StringComparison.Ordinal),
            url.Replace(".ics", "", StringComparison.Ordinal),
        ];

        foreach (var candidate in wrong)
        {
            (await fixture.App.FeedStatusAsync(candidate)).ShouldBe(HttpStatusCode.NotFound, candidate);
        }

        (await fixture.App.FeedStatusAsync(url)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task FeedsOfUnknownTownsAreNotFoundAndActivateNoGrain()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        var (_, url) = await _admin.CreateCalendarLinkAsync(slug);
        // Counted by key: the fixture's other towns may post their console rows meanwhile, which is no unknown town's call.
        static bool Unknown(string key) => key.Contains("no-such-town-", StringComparison.Ordinal);

        for (var i = 0; i < 10; i++)
        {
            (await fixture.App.FeedStatusAsync(url.Replace($"/{slug}/", $"/no-such-town-{i}/", StringComparison.Ordinal))).ShouldBe(HttpStatusCode.NotFound);
        }

        fixture.App.GrainCalls.To("CalendarLinksGrain", Unknown).ShouldBe(0);
        fixture.App.GrainCalls.To("TownGrain", Unknown).ShouldBe(0);
    }
}
