namespace Fairtrade.Client.Participants;

/// <summary><c>links create | list | revoke</c>: upload links, with which a participant sends its own proof.</summary>
public static class LinksCommands
{
    public static Command Create(CommandRunner runner) =>
        new("links", Help.Describe(
            "Upload links: a participant sends its own evidence through one, without an account.", "fairtrade links create bottrop cafe-mokka --expires-on 2027-01-31")) { New(runner), List(runner), Revoke(runner) };

    private static string Path(string town, string participant) => ParticipantsCommands.Path(town, participant) + "/upload-links";

    private static Command New(CommandRunner runner)
    {
        var town = Symbols.Town();
        var participant = Symbols.Participant();
        var expires = Symbols.Date("--expires-on", "The last day the link works. Default: the longest allowed (800 days).");
        var command = new Command("create", Help.Describe(
            "Make an upload link and print its address; the link holds a secret that is shown this once.",
            "fairtrade links create bottrop cafe-mokka --expires-on 2027-01-31")) { town, participant, expires };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var body = new JsonObject().With("expiresOn", Symbols.Day(run.Value(expires)));
            var json = await run.Api.SendJsonAsync(HttpMethod.Post, Path(run.Value(town), run.Value(participant)), body, cancellationToken);
            if (run.Json)
            {
                return run.WriteJson(json);
            }

            var link = JsonElement.Parse(json);
            run.Say($"Upload link {link.Text("id")} for '{run.Value(participant)}'" + (link.Text("expiresAt") is { Length: > 0 } at ? $", valid until {at}:" : ":"));
            return run.Say(link.Text("url"));
        });
    }

    private static Command List(CommandRunner runner)
    {
        var town = Symbols.Town();
        var participant = Symbols.Participant();
        var command = new Command("list", Help.Describe("A participant's upload links (never their secrets).", "fairtrade links list bottrop cafe-mokka")) { town, participant };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var json = await run.Api.GetAsync(Path(run.Value(town), run.Value(participant)), cancellationToken);
            return run.Answer(json, links => Cells.Rows(links.Items(),
                ("Link", Cells.Field("id")), ("Created", Cells.Field("createdAt")), ("Expires", Cells.Field("expiresAt")),
                ("Revoked", link => link.Flag("revoked") ? Cells.Bad("revoked") : Cells.Good("active")), ("Last used", Cells.Field("lastUsedAt"))));
        });
    }

    private static Command Revoke(CommandRunner runner)
    {
        var town = Symbols.Town();
        var participant = Symbols.Participant();
        var link = new Argument<string>("LINK") { Description = "The link's id, as 'links list' shows it." };
        var command = new Command("revoke", Help.Describe("Stop an upload link from working, at once.", "fairtrade links revoke bottrop cafe-mokka 3f2a...")) { town, participant, link };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            await run.Api.SendJsonAsync(HttpMethod.Delete, Path(run.Value(town), run.Value(participant)) + "/" + ApiClient.Segment(run.Value(link)), null, cancellationToken);
            return run.Done(new { revoked = run.Value(link) }, $"Revoked the link {run.Value(link)}.");
        });
    }
}
