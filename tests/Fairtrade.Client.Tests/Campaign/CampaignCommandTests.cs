using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Campaign;

[Collection(ServerCollection.Name)]
public sealed class CampaignCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();

    [Fact]
    public async Task TownsListsTheConsolesRowsFilteredAndSorted()
    {
        var prefix = Arrange.NewSlug();
        await _cli.LoginAsync(server);
        await _cli.RunAsync("towns", "create", $"{prefix}-big", "--name", $"{prefix} Big", "--population", "200000", "--title-awarded-on", "2020-01-01");
        await _cli.RunAsync("towns", "create", $"{prefix}-small", "--name", $"{prefix} Small", "--population", "9000");

        var json = await EventuallyAsync(() => _cli.RunAsync("campaign", "towns", "--search", prefix, "--sort=-population", "--json"), rows => rows.Count == 2);
        var lapsed = await _cli.RunAsync("campaign", "towns", "--search", prefix, "--state", "lapsed");

        json.Select(r => (string?)r!["slug"]).ShouldBe([$"{prefix}-big", $"{prefix}-small"]);
        lapsed.ExitCode.ShouldBe(ExitCodes.Success, lapsed.ToString());
        lapsed.Out.ShouldContain($"{prefix}-big");
        lapsed.Out.ShouldNotContain($"{prefix}-small");
        lapsed.Out.ShouldContain("lapsed");
    }

    [Fact]
    public async Task SummaryCountsTheTownsByTitleState()
    {
        await _cli.LoginAsync(server);

        var summary = await _cli.RunAsync("campaign", "summary", "--as-of", "2027-01-01", "--json");
        var table = await _cli.RunAsync("campaign", "summary");

        summary.ExitCode.ShouldBe(ExitCodes.Success, summary.ToString());
        var json = JsonNode.Parse(summary.Out)!;
        ((string?)json["asOf"]).ShouldBe("2027-01-01");
        json["byTitleState"]!.AsObject().Select(p => p.Key).ShouldBe(["candidate", "awarded", "renewal-due", "lapsed"]);
        table.Out.ShouldContain("Renewals due within 90 days");
    }

    [Fact]
    public async Task AnUnknownSortIsAUsageError()
    {
        await _cli.LoginAsync(server);

        var result = await _cli.RunAsync("campaign", "towns", "--sort", "size");

        result.ExitCode.ShouldBe(ExitCodes.Usage);
    }

    public void Dispose() => _cli.Dispose();

    /// <summary>Towns post their console rows a moment after they change.</summary>
    private static async Task<JsonArray> EventuallyAsync(Func<Task<CliResult>> run, Func<JsonArray, bool> expected)
    {
        for (var attempt = 0; ; attempt++)
        {
            var result = await run();
            result.ExitCode.ShouldBe(ExitCodes.Success, result.ToString());
            var rows = JsonNode.Parse(result.Out)!.AsArray();
            if (expected(rows) || attempt == 50)
            {
                return rows;
            }

            await Task.Delay(100);
        }
    }
}
