using Fairtrade.Client.Cli;
using Fairtrade.Client.Output;
using Spectre.Console;

namespace Fairtrade.Client.Evidence;

public static class EvidenceView
{
    public static int Write(CommandRun run, string json)
    {
        var e = JsonElements.Parse(json);
        var grid = new Grid().AddColumn().AddColumn();
        foreach (var (label, field) in new[]
        {
            ("Id", "id"), ("Subject", "subject"), ("Kind", "kind"), ("Effective", "effectiveDate"), ("Valid until", "validUntil"), ("Note", "note"),
            ("Submitted", "submittedAt"), ("By", "submittedBy"), ("Reviewed", "reviewedAt"), ("Reviewer", "reviewedBy"), ("Comment", "comment"),
        })
        {
            grid.AddRow(Cells.Plain(label), Cells.Plain(e.Text(field)));
        }

        grid.AddRow(Cells.Plain("Status"), EvidenceCommands.EvidenceStatus(e.Text("status")));
        if (e.TryGetProperty("file", out var file) && file.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            grid.AddRow(Cells.Plain("File"), Cells.Plain($"{file.Text("name")} ({file.Text("contentType")}, {file.Text("size")} bytes)"));
        }

        run.Out.Write(grid);
        return ExitCodes.Success;
    }
}
