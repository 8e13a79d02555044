using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Hosting;

public sealed class DemoTests
{
    [Fact]
    public async Task TheDemoFlagLoadsBottropOneShopShortWithACafeExpiringSoon()
    {
        await using var app = new FairtradeApp(demo: true);
        using var client = app.CreateClient();

        var status = await WaitForDemoAsync(client);

        ((string?)status["overall"]).ShouldBe("not-met");
        ((int)status.Criterion("retail-catering")["actual"]!["retail"]!).ShouldBe(21);
        status["criteria"]!.AsArray().Count(c => (bool)c!["met"]!).ShouldBe(4);
        status["expiringSoon"]!.AsArray().Select(e => (string?)e!["subject"]).ShouldContain("cafe-mokka");
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> WaitForDemoAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var towns = await client.GetJsonAsync("/api/towns");
            if (towns.AsArray().Count > 0)
            {
                var status = await client.GetJsonAsync("/api/towns/bottrop/status");
                if ((int)status.Criterion("civil-society")["actual"]!["faith"]! == 1)
                {
                    return status;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The demo town was not loaded within 30 seconds.");
    }
}
