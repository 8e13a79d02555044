namespace Fairtrade.Client.Campaign;

/// <summary><c>renewals list | invite | submit | decide | download</c>: a town's renewal cycle.</summary>
public static class RenewalsCommands
{
    public static IEnumerable<Command> Create(CommandRunner runner) =>
    [
        new Command("renewals", Help.Describe("A town's renewals: the campaign invites and decides, the coordinator submits.",
            "fairtrade renewals list bottrop", "fairtrade renewals submit bottrop 3f2a…"))
        {
            List(runner), Invite(runner), Submit(runner), Decide(runner), Download(runner),
        },
    ];

    private static Command List(CommandRunner runner) => runner.TownTable(
        new Command("list", Help.Describe("Every renewal of the town with its deadline, submission and decision.", "fairtrade renewals list bottrop")),
        "renewals",
        ("Renewal", Cells.Field("id")), ("Invited on", Cells.Field("invitedOn")), ("Deadline", Cells.Field("deadline")),
        ("Submitted on", r => Cells.Plain(r.Text("submittedOn") + (r.Flag("late") ? " (late)" : ""))),
        ("Decision", Cells.Field("decision")), ("Decided on", Cells.Field("decidedOn")), ("Comment", Cells.Field("comment")));

    private static Command Invite(CommandRunner runner)
    {
        var town = Symbols.Town();
        var invitedOn = Symbols.RequiredDate("--invited-on", "The day the campaign invites the town (yyyy-MM-dd); at most tomorrow.");
        var command = new Command("invite", Help.Describe("Invite the town to renew (campaign office); the deadline follows from the ruleset.",
            "fairtrade renewals invite bottrop --invited-on 2027-01-05")) { town, invitedOn };
        return runner.Define(command, async (run, cancellationToken) => run.Answer(
            await run.Api.SendJsonAsync(HttpMethod.Post, ApiClient.Town(run.Value(town), "renewals"),
                new JsonObject { ["invitedOn"] = Symbols.Day(run.Value(invitedOn)) }, cancellationToken), Renewal));
    }

    private static Command Submit(CommandRunner runner)
    {
        var (town, renewal) = (Symbols.Town(), RenewalId());
        var command = new Command("submit", Help.Describe("Submit the renewal (coordinator): today's workbook and status are frozen for good.",
            "fairtrade renewals submit bottrop 3f2a…")) { town, renewal };
        return runner.Define(command, async (run, cancellationToken) => run.Answer(
            await run.Api.SendJsonAsync(HttpMethod.Post, ApiClient.Town(run.Value(town), $"renewals/{ApiClient.Segment(run.Value(renewal))}/submission"), null, cancellationToken), Renewal));
    }

    private static Command Decide(CommandRunner runner)
    {
        var (town, renewal) = (Symbols.Town(), RenewalId());
        var decision = Symbols.OneOf("--decision", "What the campaign decided.", ["renewed", "conditional", "denied"], required: true);
        var decidedOn = Symbols.RequiredDate("--decided-on", "The day of the decision (yyyy-MM-dd); a renewal starts the next title period then.");
        var comment = Symbols.Text("--comment", "The conditions, or the reasons.");
        var command = new Command("decide", Help.Describe("Record the campaign's decision (campaign office).",
            "fairtrade renewals decide bottrop 3f2a… --decision renewed --decided-on 2027-02-01")) { town, renewal, decision, decidedOn, comment };
        return runner.Define(command, async (run, cancellationToken) => run.Answer(
            await run.Api.SendJsonAsync(HttpMethod.Post, ApiClient.Town(run.Value(town), $"renewals/{ApiClient.Segment(run.Value(renewal))}/decision"),
                new JsonObject { ["decision"] = run.Value(decision), ["decidedOn"] = Symbols.Day(run.Value(decidedOn)), ["comment"] = run.Value(comment) }, cancellationToken), Renewal));
    }

    private static Command Download(CommandRunner runner)
    {
        var (town, renewal) = (Symbols.Town(), RenewalId());
        var output = new Option<FileInfo>("--output", "-o") { Description = "The file to write.", Required = true, HelpName = "FILE" };
        var command = new Command("download", Help.Describe("The submitted workbook, byte for byte as it was frozen.",
            "fairtrade renewals download bottrop 3f2a… -o submitted.xlsx")) { town, renewal, output };
        return runner.Define(command, (run, cancellationToken) => Exports.Download.SaveAsync(run,
            ApiClient.Town(run.Value(town), $"renewals/{ApiClient.Segment(run.Value(renewal))}/submission.xlsx"),
            run.Value(output)!.Directory!, _ => run.Value(output)!, overwrite: true, cancellationToken));
    }

    private static Argument<string> RenewalId() => new("RENEWAL") { Description = "The renewal's id, as `renewals list` shows it." };

    private static Spectre.Console.Rendering.IRenderable Renewal(System.Text.Json.JsonElement renewal) => Cells.Fields(renewal,
        ("Renewal", Cells.Field("id")), ("Invited on", Cells.Field("invitedOn")), ("Deadline", Cells.Field("deadline")),
        ("Submitted on", Cells.Field("submittedOn")), ("Late", r => Cells.Plain(r.Flag("late") ? "yes" : "")),
        ("Decision", Cells.Field("decision")), ("Decided on", Cells.Field("decidedOn")), ("Comment", Cells.Field("comment")));
}
