namespace Fairtrade.Client.Evidence;

/// <summary><c>evidence upload | declare | list | show | download | review</c>.</summary>
public static class EvidenceCommands
{
    private static readonly string[] Statuses = ["submitted", "approved", "rejected", "changes-requested", "expired"];
    private static readonly string[] Decisions = ["approve", "reject", "request-changes"];

    public static IEnumerable<Command> Create(CommandRunner runner) =>
    [
        new Command("evidence", Help.Describe(
            "Proof for participants, the council, the steering group and articles.",
            "fairtrade evidence upload bottrop cafe-mokka shelf.jpg menu.pdf", "fairtrade evidence list bottrop --status submitted"))
        {
            EvidenceUpload.Create(runner), Declare(runner), List(runner), Show(runner), EvidenceDownload.Create(runner), Review(runner),
        },
    ];

    public static string Path(string town, string? id = null) => ApiClient.Town(town, "evidence") + (id is null ? "" : "/" + ApiClient.Segment(id));

    private static Command Declare(CommandRunner runner)
    {
        var town = Symbols.Town();
        var subject = EvidenceFields.Subject();
        var kind = EvidenceFields.Kind("What it is.", required: true);
        var effective = EvidenceFields.EffectiveDate();
        var note = EvidenceFields.Note();
        var command = new Command("declare", Help.Describe(
            "Record evidence without a file: the coordinator's own declaration, e.g. of what they saw on the shelf.",
            "fairtrade evidence declare bottrop cafe-mokka --kind declaration --effective-date 2026-11-20 --note \"Coffee and tea on the menu.\"",
            "fairtrade evidence declare bottrop council --kind resolution --effective-date 2026-02-01 --json")) { town, subject, kind, effective, note };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var body = new JsonObject { ["subject"] = run.Value(subject), ["kind"] = run.Value(kind), ["effectiveDate"] = EvidenceFields.EffectiveDay(run.Value(effective)) }
                .With("note", run.Value(note));
            var json = await run.Api.SendJsonAsync(HttpMethod.Post, Path(run.Value(town)), body, cancellationToken);
            return run.Answer(json, EvidenceView.Render);
        });
    }

    private static Command List(CommandRunner runner)
    {
        var town = Symbols.Town();
        var subject = Symbols.Text("--subject", "Only evidence about this subject.");
        var status = Symbols.OneOf("--status", "Only evidence in this state.", Statuses);
        var command = new Command("list", Help.Describe("The town's evidence, oldest first.",
            "fairtrade evidence list bottrop --status submitted", "fairtrade evidence list bottrop --subject cafe-mokka --json")) { town, subject, status };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var json = await run.Api.GetAsync(Path(run.Value(town)) + ApiClient.Query(("subject", run.Value(subject)), ("status", run.Value(status))), cancellationToken);
            return run.Answer(json, evidence => Cells.Rows(evidence.Items(),
                ("Id", Cells.Field("id")), ("Subject", Cells.Field("subject")), ("Kind", Cells.Field("kind")), ("Status", EvidenceView.Status),
                ("Effective", Cells.Field("effectiveDate")), ("Valid until", Cells.Field("validUntil")),
                ("File", e => Cells.Plain(e.TryGetProperty("file", out var file) ? file.Text("name") : ""))));
        });
    }

    private static Command Show(CommandRunner runner)
    {
        var town = Symbols.Town();
        var id = new Argument<string>("EVIDENCE") { Description = "The evidence id." };
        var command = new Command("show", Help.Describe("One piece of evidence.", "fairtrade evidence show bottrop 5d0c...")) { town, id };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var json = await run.Api.GetAsync(Path(run.Value(town), run.Value(id)), cancellationToken);
            return run.Answer(json, EvidenceView.Render);
        });
    }

    private static Command Review(CommandRunner runner)
    {
        var town = Symbols.Town();
        var id = new Argument<string>("EVIDENCE") { Description = "The evidence id, as 'evidence list --status submitted' shows it." };
        var decision = Symbols.OneOf("--decision", "What to do with it.", Decisions, required: true);
        var comment = Symbols.Text("--comment", "Why; the participant sees it.");
        var command = new Command("review", Help.Describe("Decide on submitted evidence; an approval counts at once.",
            "fairtrade evidence review bottrop 5d0c... --decision approve",
            "fairtrade evidence review bottrop 5d0c... --decision request-changes --comment \"The price labels are not readable.\"")) { town, id, decision, comment };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var body = new JsonObject { ["decision"] = run.Value(decision) }.With("comment", run.Value(comment));
            var json = await run.Api.SendJsonAsync(HttpMethod.Post, Path(run.Value(town), run.Value(id)) + "/review", body, cancellationToken);
            return run.Answer(json, evidence => $"Evidence {run.Value(id)} is now {evidence.Text("status")}.");
        });
    }
}
