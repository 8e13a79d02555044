using System.Net.Http.Json;

namespace Fairtrade.Benchmarks;

/// <summary>
/// A city with participants of every kind, built through the HTTP API as a coordinator would: most agreed to be
/// listed, so the page's "where to buy" list is long, each has its evidence, and there are a few press articles.
/// </summary>
internal static class ListedTown
{
    public const string Slug = "muenster";
    public const int Articles = 6;

    /// <summary>Builds the town and answers how many outlets its page must list.</summary>
    public static async Task<int> SeedAsync(HttpClient admin, int participants = 500, int evidenceEach = 1)
    {
        // Real time, as the silo reckons it: evidence may not be dated ahead of the campaign's today.
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await PostAsync(admin, "/api/towns", new { slug = Slug, name = "Münster", population = 320_946, ruleset = "de-town" });
        var listedOutlets = 0;
        for (var i = 0; i < participants; i++)
        {
            var (kind, name) = (i % 20) switch
            {
                < 10 => ("retail", $"Weltladen {i}"),
                < 16 => ("catering", $"Café {i}"),
                < 18 => ("school", $"Schule {i}"),
                18 => ("club", $"Sportverein {i}"),
                _ => ("faith", $"Gemeinde {i}"),
            };
            var isOutlet = kind is "retail" or "catering";
            var listPublicly = i % 8 != 0;
            var id = $"p-{i}";

            // Shops and cafés count with two products; schools, clubs and faith communities with one.
            string[] products = isOutlet ? ["Kaffee", "Tee"] : ["Kaffee"];
            await PostAsync(admin, $"/api/towns/{Slug}/participants", new { id, kind, name, address = $"Prinzipalmarkt {i}, 48143 Münster", products, listPublicly });

            // Only outlets with valid evidence are listed; dates spread over two years put some in "expiring soon".
            for (var e = 0; e < evidenceEach; e++)
            {
                await PostAsync(admin, $"/api/towns/{Slug}/evidence", new { subject = id, kind = "declaration", effectiveDate = today.AddDays(-((i * 37) + (e * 101)) % 720) });
            }

            if (isOutlet && listPublicly)
            {
                listedOutlets++;
            }
        }

        for (var i = 1; i <= Articles; i++)
        {
            await PostAsync(admin, $"/api/towns/{Slug}/media", new { publishedOn = today.AddDays(-30 * i), outlet = "Westfälische Nachrichten", title = $"Fairer Handel in Münster, Teil {i}", url = $"https://www.example.org/fairtrade/{i}" });
        }

        return listedOutlets;
    }

    private static async Task PostAsync(HttpClient admin, string path, object body)
    {
        using var response = await admin.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
