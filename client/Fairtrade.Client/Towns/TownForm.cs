namespace Fairtrade.Client.Towns;

/// <summary><c>towns create</c> and <c>towns edit</c>, which share the profile's options.</summary>
public static class TownForm
{
    private static readonly string[] Kinds = ["town", "city", "municipality", "district", "region"];

    public static Command Create(CommandRunner runner)
    {
        var slug = new Argument<string>("SLUG") { Description = "The new town's slug: lower-case letters, digits and hyphens." };
        var name = new Option<string>("--name") { Description = "The town's name.", Required = true };
        var population = new Option<int>("--population") { Description = "Inhabitants; the ruleset's numbers depend on it.", Required = true };
        var ruleset = new Option<string>("--ruleset") { Description = "The ruleset: de-town, de-district, ch-town, or one the server loads.", DefaultValueFactory = _ => "de-town" };
        var (kind, awarded, renewed) = Profile();
        var command = new Command("create", Help.Describe(
            "Create a town (admin only).",
            "fairtrade towns create aachen --name Aachen --population 249070 --title-awarded-on 2025-03-01"))
        {
            slug, name, population, ruleset, kind, awarded, renewed,
        };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var body = new JsonObject { ["slug"] = run.Value(slug), ["name"] = run.Value(name), ["population"] = run.Value(population), ["ruleset"] = run.Value(ruleset) }
                .With("kind", run.Value(kind)).With("titleAwardedOn", Symbols.Day(run.Value(awarded))).With("lastRenewedOn", Symbols.Day(run.Value(renewed)));
            var json = await run.Api.SendJsonAsync(HttpMethod.Post, "api/towns", body, cancellationToken);
            return run.Answer(json, _ => $"Created the town '{run.Value(slug)}'.");
        });
    }

    public static Command Edit(CommandRunner runner)
    {
        var town = Symbols.Town();
        var name = new Option<string?>("--name") { Description = "The town's name." };
        var population = new Option<int?>("--population") { Description = "Inhabitants." };
        var (kind, awarded, renewed) = Profile();
        var command = new Command("edit", Help.Describe(
            "Change a town's profile; what you leave out stays as it is.",
            "fairtrade towns edit bottrop --last-renewed-on 2027-02-14"))
        {
            town, name, population, kind, awarded, renewed,
        };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var body = new JsonObject().With("name", run.Value(name)).With("population", run.Value(population)).With("kind", run.Value(kind))
                .With("titleAwardedOn", Symbols.Day(run.Value(awarded))).With("lastRenewedOn", Symbols.Day(run.Value(renewed)));
            if (body.Count == 0)
            {
                throw new UsageException("Nothing to change: give at least one option (see 'fairtrade towns edit --help').");
            }

            var json = await run.Api.SendJsonAsync(HttpMethod.Patch, ApiClient.Town(run.Value(town)), body, cancellationToken);
            return run.Answer(json, TownsCommands.Profile);
        });
    }

    private static (Option<string?> Kind, Option<DateOnly?> Awarded, Option<DateOnly?> Renewed) Profile()
    {
        var kind = Symbols.OneOf("--kind", "What kind of place it is.", Kinds);
        return (kind, Symbols.Date("--title-awarded-on", "The day the title was first awarded."), Symbols.Date("--last-renewed-on", "The day the title was last renewed."));
    }
}
