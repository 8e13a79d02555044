using System.Net.Http.Json;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>
/// A town with Bottrop's numbers (117,311 inhabitants: 22 retail, 11 catering, 1 school, 1 club, 1 faith community)
/// built through the API, complete but for the last retail outlet. Everything's evidence dates from 2026-11-01,
/// but Café Mokka's declaration, from 2025-01-10, which runs out on 2027-01-10.
/// </summary>
public static class BottropScenario
{
    public const string Evidence = "2026-11-01";
    public const string MokkaDeclared = "2025-01-10";
    public const string MokkaExpires = "2027-01-10";

    public static async Task BuildAllButTheLastShopAsync(this HttpClient admin, string slug)
    {
        await admin.CreateTownAsync(slug, population: 117_311, titleAwardedOn: "2025-03-01");
        (await admin.PutAsJsonAsync($"/api/towns/{slug}/council", new { resolutionAdoptedOn = "2023-05-09", productsServed = new[] { "Kaffee", "Tee" } })).EnsureSuccessStatusCode();
        await admin.EvidenceAsync(slug, "council", "resolution", Evidence);
        foreach (var (name, sector) in new[] { ("Anna", "civil-society"), ("Jonas", "politics"), ("Sevgi", "business") })
        {
            await admin.PostOkAsync($"/api/towns/{slug}/steering-group", new { name, sector });
        }

        await admin.EvidenceAsync(slug, "steering-group", "member-list", Evidence);
        foreach (var publishedOn in new[] { "2026-01-15", "2026-04-02", "2026-07-20", "2026-10-05" })
        {
            await admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn, outlet = "WAZ", title = "Fairtrade in Bottrop" });
        }

        for (var i = 1; i <= 21; i++)
        {
            await admin.AddParticipantAsync(slug, $"shop-{i}", "retail", Evidence);
        }

        for (var i = 1; i <= 10; i++)
        {
            await admin.AddParticipantAsync(slug, $"cafe-{i}", "catering", Evidence);
        }

        await admin.AddParticipantAsync(slug, "cafe-mokka", "catering", MokkaDeclared);
        foreach (var kind in new[] { "school", "club", "faith" })
        {
            await admin.AddParticipantAsync(slug, kind, kind, Evidence, activity: "2026-09-20");
        }
    }

    public static async Task AddParticipantAsync(this HttpClient admin, string slug, string id, string kind, string declared, string? activity = null)
    {
        await admin.PostOkAsync($"/api/towns/{slug}/participants", new { id, kind, name = id, products = new[] { "Kaffee", "Schokolade" } });
        if (activity is not null)
        {
            await admin.PostOkAsync($"/api/towns/{slug}/participants/{id}/activities", new { date = activity, title = "Faires Frühstück" });
        }

        await admin.EvidenceAsync(slug, id, "declaration", declared);
    }

    public static Task EvidenceAsync(this HttpClient admin, string slug, string subject, string kind, string effectiveDate) =>
        admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject, kind, effectiveDate });
}
