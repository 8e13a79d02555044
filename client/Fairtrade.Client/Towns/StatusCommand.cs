namespace Fairtrade.Client.Towns;

public static class StatusCommand
{
    public static Command Create(CommandRunner runner)
    {
        var town = Symbols.Town();
        var asOf = Symbols.AsOf();
        var command = new Command("status", Help.Describe(
            "Is the town a Fairtrade Town? Each criterion, met or not, what is missing and what expires soon.",
            "fairtrade status bottrop",
            "fairtrade status bottrop --as-of 2027-03-01",
            "fairtrade status bottrop --json | jq .overall"))
        {
            town, asOf,
        };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var json = await run.Api.GetAsync(Path(run.Value(town), Symbols.Day(run.Value(asOf))), cancellationToken);
            return run.Answer(json, StatusView.Render);
        });
    }

    public static string Path(string town, string? asOf = null) => ApiClient.Town(town, "status") + ApiClient.Query(("asOf", asOf));
}
