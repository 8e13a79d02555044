namespace Fairtrade.Client.Participants;

/// <summary><c>participants list | show | add | edit | archive | activity</c>.</summary>
public static class ParticipantsCommands
{
    public static IEnumerable<Command> Create(CommandRunner runner) =>
    [
        new Command("participants", Help.Describe(
            "The shops, cafés, schools, clubs, faith communities and workplaces taking part.",
            "fairtrade participants list bottrop --kind catering", "fairtrade participants show bottrop cafe-mokka"))
        {
            List(runner), Show(runner), Add(runner), Edit(runner), Archive(runner), Activity(runner),
        },
        LinksCommands.Create(runner),
    ];

    public static string Path(string town, string? id = null) =>
        ApiClient.Town(town, "participants") + (id is null ? "" : "/" + ApiClient.Segment(id));

    private static Command List(CommandRunner runner)
    {
        var town = Symbols.Town();
        var kind = Symbols.OneOf("--kind", "Only this kind.", ParticipantFields.KindNames);
        var archived = new Option<bool>("--include-archived") { Description = "Also those archived." };
        var asOf = Symbols.AsOf();
        var command = new Command("list", Help.Describe("Who takes part, and whether each counts (and if not, why).",
            "fairtrade participants list bottrop", "fairtrade participants list bottrop --kind catering --json")) { town, kind, archived, asOf };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var query = ApiClient.Query(("kind", run.Value(kind)), ("asOf", Symbols.Day(run.Value(asOf))), ("includeArchived", run.Value(archived) ? "true" : null));
            var json = await run.Api.GetAsync(Path(run.Value(town)) + query, cancellationToken);
            return run.Answer(json, participants => Cells.Rows(participants.Items(),
                ("Id", Cells.Field("id")), ("Name", p => Cells.Plain(p.Text("name") + (p.Flag("archived") ? " (archived)" : ""))), ("Kind", Cells.Field("kind")),
                ("Products", Cells.Field("products")), ("Counts", ParticipantView.Counts), ("Why not", ParticipantView.WhyNot)));
        });
    }

    private static Command Show(CommandRunner runner)
    {
        var town = Symbols.Town();
        var id = Symbols.Participant();
        var asOf = Symbols.AsOf();
        var command = new Command("show", Help.Describe("One participant with its evidence and activities.", "fairtrade participants show bottrop cafe-mokka")) { town, id, asOf };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var json = await run.Api.GetAsync(Path(run.Value(town), run.Value(id)) + ApiClient.Query(("asOf", Symbols.Day(run.Value(asOf)))), cancellationToken);
            return run.Answer(json, ParticipantView.Render);
        });
    }

    private static Command Add(CommandRunner runner)
    {
        var town = Symbols.Town();
        var id = Symbols.Text("--id", "Its id; default: derived from the name.");
        var fields = new ParticipantFields(forCreation: true);
        var command = new Command("add", Help.Describe("Add a participant.",
            "fairtrade participants add bottrop --kind catering --name \"Café Mokka\" --product Kaffee --product Tee --public true")) { town, id };
        fields.All.ToList().ForEach(command.Options.Add);
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var body = fields.Body(run).With("id", run.Value(id));
            var json = await run.Api.SendJsonAsync(HttpMethod.Post, Path(run.Value(town)), body, cancellationToken);
            return run.Answer(json, added => $"Added '{added.Text("id")}'.");
        });
    }

    private static Command Edit(CommandRunner runner)
    {
        var town = Symbols.Town();
        var id = Symbols.Participant();
        var fields = new ParticipantFields(forCreation: false);
        var command = new Command("edit", Help.Describe("Change a participant; what you leave out stays as it is.",
            "fairtrade participants edit bottrop cafe-mokka --product Kaffee --product Tee --product Kakao")) { town, id };
        fields.All.ToList().ForEach(command.Options.Add);
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var body = fields.Body(run);
            if (body.Count == 0)
            {
                throw new UsageException("Nothing to change: give at least one option (see 'fairtrade participants edit --help').");
            }

            var json = await run.Api.SendJsonAsync(HttpMethod.Patch, Path(run.Value(town), run.Value(id)), body, cancellationToken);
            return run.Answer(json, ParticipantView.Render);
        });
    }

    private static Command Archive(CommandRunner runner)
    {
        var town = Symbols.Town();
        var id = Symbols.Participant();
        var archivedOn = Symbols.Date("--archived-on", "The day it stops counting (yyyy-MM-dd), at most tomorrow; an earlier day corrects the past. Default: today.");
        var command = new Command("archive", Help.Describe("Archive a participant: it counts on the days before, not from then on; its history is kept.",
            "fairtrade participants archive bottrop old-shop", "fairtrade participants archive bottrop old-shop --archived-on 2026-09-30")) { town, id, archivedOn };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var query = ApiClient.Query(("archivedOn", Symbols.Day(run.Value(archivedOn))));
            await run.Api.SendJsonAsync(HttpMethod.Delete, Path(run.Value(town), run.Value(id)) + query, null, cancellationToken);
            return run.Done(new { archived = run.Value(id) }, $"Archived '{run.Value(id)}'.");
        });
    }

    private static Command Activity(CommandRunner runner)
    {
        var town = Symbols.Town();
        var id = Symbols.Participant();
        var date = Symbols.RequiredDate("--date", "The day it took place.");
        var title = new Option<string>("--title") { Description = "What took place.", Required = true };
        var command = new Command("activity", Help.Describe("Record an activity of a school, club or faith community (one counts for 12 months).",
            "fairtrade participants activity bottrop gesamtschule --date 2026-10-02 --title \"Fair breakfast\"")) { town, id, date, title };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var body = new JsonObject { ["date"] = Symbols.Day(run.Value(date)), ["title"] = run.Value(title) };
            var json = await run.Api.SendJsonAsync(HttpMethod.Post, Path(run.Value(town), run.Value(id)) + "/activities", body, cancellationToken);
            return run.Answer(json, _ => $"Recorded the activity for '{run.Value(id)}'.");
        });
    }
}
