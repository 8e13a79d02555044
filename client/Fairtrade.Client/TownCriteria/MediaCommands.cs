namespace Fairtrade.Client.TownCriteria;

/// <summary><c>media list | add</c>: press coverage.</summary>
public static class MediaCommands
{
    public static Command Create(CommandRunner runner) => new("media", Help.Describe("Press articles about the campaign.", "fairtrade media list bottrop")) { List(runner), Add(runner) };

    private static Command List(CommandRunner runner) => runner.TownTable(
        new Command("list", Help.Describe("The articles.", "fairtrade media list bottrop")),
        "media",
        ("Id", Cells.Field("id")), ("Published", Cells.Field("publishedOn")), ("Outlet", Cells.Field("outlet")),
        ("Title", Cells.Field("title")), ("Address", Cells.Field("url")));

    private static Command Add(CommandRunner runner)
    {
        var town = Symbols.Town();
        var published = Symbols.RequiredDate("--published-on", "The day it appeared.");
        var outlet = new Option<string>("--outlet") { Description = "The newspaper, radio or site.", Required = true };
        var title = new Option<string>("--title") { Description = "The headline.", Required = true };
        var url = Symbols.Text("--url", "Where to read it.");
        var command = new Command("add", Help.Describe("Add an article.",
            "fairtrade media add bottrop --published-on 2026-10-12 --outlet WAZ --title \"Fair coffee in the town hall\"")) { town, published, outlet, title, url };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var body = new JsonObject { ["publishedOn"] = Symbols.Day(run.Value(published)), ["outlet"] = run.Value(outlet), ["title"] = run.Value(title) }
                .With("url", run.Value(url));
            var json = await run.Api.SendJsonAsync(HttpMethod.Post, ApiClient.Town(run.Value(town), "media"), body, cancellationToken);
            return run.Answer(json, article => $"Added the article as {article.Text("id")}.");
        });
    }
}
