using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Campaign;

/// <summary>Towns post their rows a moment after they change: a test waits for the row it expects, up to a bound.</summary>
internal static class CampaignRows
{
    public static async Task<JsonNode> EventuallyAsync(HttpClient client, string slug, Func<JsonNode, bool> expected)
    {
        JsonNode? last = null;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            last = (await client.GetJsonAsync($"/api/campaign/towns?q={slug}")).AsArray().FirstOrDefault(r => (string?)r!["slug"] == slug);
            if (last is not null && expected(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException($"The console's row of {slug} never became as expected; last: {last?.ToJsonString() ?? "none"}");
    }
}
