using System.CommandLine;
using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Http;
using Fairtrade.Client.Output;
using Spectre.Console;

namespace Fairtrade.Client.TownCriteria;

/// <summary><c>council show | set</c>: the council's resolution and the Fairtrade products it serves.</summary>
public static class CouncilCommands
{
    public static Command Create(CommandRunner runner) =>
        new("council", "The council resolution: when it was adopted, and the products the council serves.") { Show(runner), Set(runner) };

    private static Command Show(CommandRunner runner)
    {
        var town = Symbols.Town();
        var command = new Command("show", Help.Describe("The council's resolution, products and evidence.", "fairtrade council show bottrop")) { town };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var json = await run.Api.GetAsync(TownCriteriaCommands.Path(run.Value(town), "council"), cancellationToken);
            return run.Json ? run.WriteJson(json) : Write(run, json);
        });
    }

    private static Command Set(CommandRunner runner)
    {
        var town = Symbols.Town();
        var adopted = Symbols.Date("--adopted-on", "The day the council adopted the resolution; leave out if none yet.");
        var products = new Option<string[]>("--product") { Description = "A Fairtrade product the council serves (repeat for more).", Required = true };
        var command = new Command("set", Help.Describe("Record the council's resolution and the products it serves.",
            "fairtrade council set bottrop --adopted-on 2024-02-01 --product Kaffee --product Tee")) { town, adopted, products };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var body = new JsonObject
            {
                ["resolutionAdoptedOn"] = Symbols.Day(run.Value(adopted)),
                ["productsServed"] = new JsonArray([.. run.Value(products).Select(p => (JsonNode?)p)]),
            };
            var json = await run.Api.SendJsonAsync(HttpMethod.Put, TownCriteriaCommands.Path(run.Value(town), "council"), body, cancellationToken);
            return run.Json ? run.WriteJson(json) : Write(run, json);
        });
    }

    private static int Write(CommandRun run, string json)
    {
        var council = JsonElements.Parse(json);
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow(Cells.Plain("Resolution adopted on"), Cells.Plain(council.Text("resolutionAdoptedOn") is { Length: > 0 } day ? day : "not yet"));
        grid.AddRow(Cells.Plain("Products served"), Cells.Plain(council.Text("productsServed")));
        grid.AddRow(Cells.Plain("Evidence"), Cells.Plain(string.Join("; ", council.Items("evidence")
            .Select(e => $"{e.Text("id")} {e.Text("kind")} {e.Text("status")} until {e.Text("validUntil")}"))));
        run.Out.Write(grid);
        return ExitCodes.Success;
    }
}
