namespace Fairtrade.Client.Towns;

/// <summary><c>towns list | show | create | edit</c>, and the top-level <c>status</c> and <c>watch</c>.</summary>
public static class TownsCommands
{
    public static IEnumerable<Command> Create(CommandRunner runner) =>
    [
        new Command("towns", Help.Describe("The towns: list, show, create, edit.", "fairtrade towns list", "fairtrade towns show bottrop")) { List(runner), Show(runner), TownForm.Create(runner), TownForm.Edit(runner) },
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
            return run.Answer(json, towns => Cells.Rows(towns.Items(),
                ("Town", Cells.Field("slug")), ("Name", Cells.Field("name")), ("Population", Cells.Field("population")),
                ("Ruleset", Cells.Field("ruleset")), ("Overall", town => Cells.Overall(town.Text("overall")))));
        });
    }

    private static Command Show(CommandRunner runner)
    {
        var town = Symbols.Town();
        var command = new Command("show", Help.Describe("A town's profile.", "fairtrade towns show bottrop")) { town };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var json = await run.Api.GetAsync(ApiClient.Town(run.Value(town)), cancellationToken);
            return run.Answer(json, Profile);
        });
    }

    public static IRenderable Profile(JsonElement town) => Cells.Fields(town,
        ("Slug", Cells.Field("slug")), ("Name", Cells.Field("name")), ("Kind", Cells.Field("kind")), ("Population", Cells.Field("population")),
        ("Ruleset", Cells.Field("ruleset")), ("Title awarded on", Cells.Field("titleAwardedOn")), ("Last renewed on", Cells.Field("lastRenewedOn")),
        ("Created", Cells.Field("createdAt")));
}
