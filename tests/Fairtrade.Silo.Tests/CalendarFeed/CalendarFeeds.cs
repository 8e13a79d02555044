using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;
using Ical.Net.CalendarComponents;

namespace Fairtrade.Silo.Tests.CalendarFeed;

/// <summary>Calendar links and feeds as a coordinator's script and a calendar app use them.</summary>
public static class CalendarFeeds
{
    /// <summary>Makes a calendar link; answers its id and the feed's url.</summary>
    public static async Task<(string Id, string Url)> CreateCalendarLinkAsync(this HttpClient client, string slug, string? expiresOn = null)
    {
        var link = await client.PostCreatedAsync($"/api/towns/{slug}/calendar-links", new { expiresOn });
        return ((string)link["id"]!, (string)link["url"]!);
    }

    /// <summary>Reads the feed as a calendar app does, with no credential, and parses it back.</summary>
    public static async Task<CalendarEvent[]> FetchEventsAsync(this FairtradeApp app, string url)
    {
        using var calendarApp = app.CreateClient();
        var response = await calendarApp.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        return [.. Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!.Events];
    }

    public static async Task<HttpStatusCode> FeedStatusAsync(this FairtradeApp app, string url)
    {
        using var calendarApp = app.CreateClient();
        return (await calendarApp.GetAsync(url)).StatusCode;
    }

    /// <summary>A town on Bottrop's lines with one date of each kind ahead of 2026-11-25 (see <see cref="CalendarFeedTests"/>).</summary>
    public static async Task BuildTownWithDatesAsync(this HttpClient admin, string slug)
    {
        await admin.CreateTownAsync(slug, titleAwardedOn: "2025-03-01");
        await admin.EvidenceAsync(slug, "council", "resolution", "2025-06-01");
        await admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn = "2026-04-02", outlet = "WAZ", title = "Faire Woche in Bottrop" });
        await admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn = "2025-06-01", outlet = "WAZ", title = "Längst vergessen" });
        await admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "cafe-mokka", kind = "catering", name = "Café Mokka", products = new[] { "Kaffee", "Tee" } });
        await admin.EvidenceAsync(slug, "cafe-mokka", "declaration", "2025-01-10");
        await admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "school", kind = "school", name = "Gesamtschule Süd", products = new[] { "Kaffee" } });
        await admin.PostOkAsync($"/api/towns/{slug}/participants/school/activities", new { date = "2026-09-20", title = "Faires Frühstück" });
        await admin.EvidenceAsync(slug, "school", "declaration", "2026-11-01");
    }

    public static Task<HttpResponseMessage> PostCalendarLinkAsync(this HttpClient client, string slug) =>
        client.PostAsJsonAsync($"/api/towns/{slug}/calendar-links", new { });
}
