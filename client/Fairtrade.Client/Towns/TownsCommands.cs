using System.CommandLine;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Http;
using Fairtrade.Client.Output;
using Spectre.Console;

namespace Fairtrade.Client.Towns;

/// <summary><c>towns list | show | create | edit</c>, and the top-level <c>status</c> and <c>watch</c>.</summary>
public static class TownsCommands
{
    public static IEnumerable<Command> Create(CommandRunner runner) =>
    [
        new Command("towns", "The towns: list, show, create, edit.") { List(runner), Show(runner), TownForm.Create(runner), TownForm.Edit(runner) },
        StatusCommand.Create(runner),
        WatchCommand.Create(runner),
    ];

    private static Command List(CommandRunner runner)
    {
        var asOf = Symbols.AsOf();
        var command = new Command("list", Help.Describe("Every town with its overall status.", "fairtrade towns list", "fairtrade towns list --json")) { asOf };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var json = await run.Api.GetAsync("api/towns" + ApiClient.Query(("asOf", Symbols.Day(run.Value(asOf)))), cancellationToken);
            if (run.Json)
            {
                return run.WriteJson(json);
            }

            var table = Cells.Table("Town", "Name", "Population", "Ruleset", "Overall");
            foreach (var town in JsonElements.Parse(json).Items())
            {
                table.AddRow(Cells.Plain(town.Text("slug")), Cells.Plain(town.Text("name")), Cells.Plain(town.Text("population")),
                    Cells.Plain(town.Text("ruleset")), Cells.Overall(town.Text("overall")));
            }

            run.Out.Write(table);
            return ExitCodes.Success;
        });
    }

    private static Command Show(CommandRunner runner)
    {
        var town = Symbols.Town();
        var command = new Command("show", Help.Describe("A town's profile.", "fairtrade towns show bottrop")) { town };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var json = await run.Api.GetAsync($"api/towns/{ApiClient.Segment(run.Value(town))}", cancellationToken);
            return run.Json ? run.WriteJson(json) : WriteProfile(run, json);
        });
    }

    /// <summary>A town's profile as a two-column grid.</summary>
    public static int WriteProfile(CommandRun run, string json)
    {
        var profile = JsonElements.Parse(json);
        var grid = new Grid().AddColumn().AddColumn();
        foreach (var (label, field) in new[]
        {
            ("Slug", "slug"), ("Name", "name"), ("Kind", "kind"), ("Population", "population"), ("Ruleset", "ruleset"),
            ("Title awarded on", "titleAwardedOn"), ("Last renewed on", "lastRenewedOn"), ("Created", "createdAt"),
        })
        {
            grid.AddRow(Cells.Plain(label), Cells.Plain(profile.Text(field)));
        }

        run.Out.Write(grid);
        return ExitCodes.Success;
    }
}
