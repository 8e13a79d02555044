using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Towns;

[Collection(ServerCollection.Name)]
public sealed class WatchCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();

    [Fact]
    public async Task WatchPrintsTheStatusAgainWhenItChangesUntilCancelled()
    {
        var slug = await server.TownAsync();
        _cli.Environment["FAIRTRADE_SERVER"] = server.Url;
        using var output = new LineSignals();
        using var stop = new CancellationTokenSource();

        var watching = _cli.RunAsync(["watch", slug, "--json"], output: output, cancellationToken: stop.Token);
        await output.LinesAsync(1);
        await server.Admin.PutAsync($"api/towns/{slug}/council", Json("""{"resolutionAdoptedOn":"2024-02-01","productsServed":["Kaffee","Tee"]}"""));
        await output.LinesAsync(2);
        await stop.CancelAsync();
        var result = await watching;

        result.ExitCode.ShouldBe(ExitCodes.Success, result.ToString());
        var statuses = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
        Council(statuses[0])["resolution"]!.GetValue<int>().ShouldBe(0);
        Council(statuses[^1])["resolution"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task WatchPrintsNothingForAChangeThatLeavesTheStatusAsItWas()
    {
        var slug = await server.TownAsync();
        await server.Admin.PostAsync($"api/towns/{slug}/participants", Json("""{"id":"mokka","kind":"catering","name":"Café Mokka","products":["Kaffee"]}"""));
        _cli.Environment["FAIRTRADE_SERVER"] = server.Url;
        using var output = new LineSignals();
        using var stop = new CancellationTokenSource();

        var watching = _cli.RunAsync(["watch", slug, "--json"], output: output, cancellationToken: stop.Token);
        await output.LinesAsync(1);
        (await server.Admin.PatchAsync($"api/towns/{slug}/participants/mokka", Json("""{"address":"Hochstraße 1"}"""))).EnsureSuccessStatusCode();
        // The live feed says "changed" within a third of a second; the status it then fetches is the one shown.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await server.Admin.PutAsync($"api/towns/{slug}/council", Json("""{"resolutionAdoptedOn":"2024-02-01","productsServed":["Kaffee","Tee"]}"""));
        await output.LinesAsync(2);
        await stop.CancelAsync();
        var result = await watching;

        result.ExitCode.ShouldBe(ExitCodes.Success, result.ToString());
        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
    }

    [Fact]
    public async Task WatchingAnUnknownTownIsRefused()
    {
        _cli.Environment["FAIRTRADE_SERVER"] = server.Url;

        var result = await _cli.RunAsync("watch", "no-such-town");

        result.ExitCode.ShouldBe(ExitCodes.Refused);
        result.Error.ShouldContain("There is no town 'no-such-town'");
    }

    private static JsonNode Council(JsonNode status) =>
        status["criteria"]!.AsArray().Single(c => (string?)c!["key"] == "council")!["actual"]!;

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public void Dispose() => _cli.Dispose();
}
