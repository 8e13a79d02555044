namespace Fairtrade.Client.TownCriteria;

/// <summary><c>council show | set</c>: the council's resolution and the Fairtrade products it serves.</summary>
public static class CouncilCommands
{
    public static Command Create(CommandRunner runner) =>
        new("council", Help.Describe(
            "The council resolution: when it was adopted, and the products the council serves.", "fairtrade council show bottrop")) { Show(runner), Set(runner) };

    private static Command Show(CommandRunner runner)
    {
        var town = Symbols.Town();
        var command = new Command("show", Help.Describe("The council's resolution, products and evidence.", "fairtrade council show bottrop")) { town };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var json = await run.Api.GetAsync(ApiClient.Town(run.Value(town), "council"), cancellationToken);
            return run.Answer(json, Render);
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
                ["productsServed"] = JsonBodies.Array(run.Value(products)),
            };
            var json = await run.Api.SendJsonAsync(HttpMethod.Put, ApiClient.Town(run.Value(town), "council"), body, cancellationToken);
            return run.Answer(json, Render);
        });
    }

    private static IRenderable Render(JsonElement council) => Cells.Fields(council,
        ("Resolution adopted on", c => Cells.Plain(c.Text("resolutionAdoptedOn") is { Length: > 0 } day ? day : "not yet")),
        ("Products served", Cells.Field("productsServed")),
        ("Evidence", c => Cells.Plain(string.Join("; ", c.Items("evidence").Select(e => $"{e.Text("id")} {e.Text("kind")} {e.Text("status")} until {e.Text("validUntil")}")))));
}
