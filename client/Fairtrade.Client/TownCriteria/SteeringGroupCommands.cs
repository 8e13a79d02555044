namespace Fairtrade.Client.TownCriteria;

/// <summary><c>steering-group list | add | remove</c>.</summary>
public static class SteeringGroupCommands
{
    private static readonly string[] Sectors = ["civil-society", "politics", "business", "other"];

    public static Command Create(CommandRunner runner) =>
        new("steering-group", Help.Describe("The steering group's members.", "fairtrade steering-group list bottrop")) { List(runner), Add(runner), Remove(runner) };

    private static Command List(CommandRunner runner) => runner.TownTable(
        new Command("list", Help.Describe("The members.", "fairtrade steering-group list bottrop")),
        "steering-group",
        ("Id", Cells.Field("id")), ("Name", Cells.Field("name")), ("Sector", Cells.Field("sector")), ("Organisation", Cells.Field("organisation")));

    private static Command Add(CommandRunner runner)
    {
        var town = Symbols.Town();
        var name = new Option<string>("--name") { Description = "The member's name.", Required = true };
        var sector = Symbols.OneOf("--sector", "The part of town life they come from.", Sectors, required: true);
        var organisation = Symbols.Text("--organisation", "The organisation they speak for.");
        var command = new Command("add", Help.Describe("Add a member.",
            "fairtrade steering-group add bottrop --name \"Anna Weber\" --sector civil-society --organisation Weltladen")) { town, name, sector, organisation };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var body = new JsonObject { ["name"] = run.Value(name), ["sector"] = run.Value(sector) }.With("organisation", run.Value(organisation));
            var json = await run.Api.SendJsonAsync(HttpMethod.Post, ApiClient.Town(run.Value(town), "steering-group"), body, cancellationToken);
            return run.Answer(json, member => $"Added {run.Value(name)} as member {member.Text("id")}.");
        });
    }

    private static Command Remove(CommandRunner runner)
    {
        var town = Symbols.Town();
        var id = new Argument<string>("MEMBER") { Description = "The member's id, as 'steering-group list' shows it." };
        var command = new Command("remove", Help.Describe("Remove a member.", "fairtrade steering-group remove bottrop 7c1e...")) { town, id };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            await run.Api.SendJsonAsync(HttpMethod.Delete, ApiClient.Town(run.Value(town), "steering-group/" + ApiClient.Segment(run.Value(id))), null, cancellationToken);
            return run.Done(new { removed = run.Value(id) }, $"Removed member {run.Value(id)}.");
        });
    }
}
