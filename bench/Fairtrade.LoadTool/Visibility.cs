using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Fairtrade.LoadTool;

/// <summary>
/// Evidence to visible: a coordinator approves a new shop's declaration, and a reader of the public status asks
/// again until the shop counts. The time from sending the evidence to the first answer that shows it, over
/// <c>count</c> shops, one at a time.
/// </summary>
internal static class Visibility
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(5);
    private static readonly string[] Products = ["Kaffee", "Tee"];

    public static async Task<int> RunAsync(Uri baseUrl, string token, string town, int count)
    {
        using var coordinator = new HttpClient { BaseAddress = baseUrl };
        coordinator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var reader = new HttpClient { BaseAddress = baseUrl };
        var statusPath = $"/api/towns/{town}/status";
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

        var times = new List<double>(count);
        for (var number = 1; number <= count; number++)
        {
            var id = $"visible-{Guid.NewGuid():N}"[..20];
            (await coordinator.PostAsJsonAsync($"/api/towns/{town}/participants",
                new { id, kind = "retail", name = $"Visible {number}", products = Products })).EnsureSuccessStatusCode();
            var before = await reader.GetStringAsync(statusPath);

            var clock = Stopwatch.StartNew();
            (await coordinator.PostAsJsonAsync($"/api/towns/{town}/evidence",
                new { subject = id, kind = "declaration", effectiveDate = today, note = "visible" })).EnsureSuccessStatusCode();
            while (await reader.GetStringAsync(statusPath) == before)
            {
                if (clock.Elapsed > GiveUpAfter)
                {
                    Console.Error.WriteLine($"the evidence of {id} did not show in the status within {GiveUpAfter.TotalSeconds} s");
                    return 1;
                }
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"evidence to visible over {count}: p50 {Percentile(times, 0.50):F1} ms, p99 {Percentile(times, 0.99):F1} ms, max {times[^1]:F1} ms");
        return 0;
    }

    private static double Percentile(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
