using Fairtrade.Client.Cli;
using Fairtrade.Client.Output;
using Spectre.Console;

namespace Fairtrade.Client.Participants;

/// <summary>One participant for a person: its details, whether it counts, and its evidence.</summary>
public static class ParticipantView
{
    public static int Write(CommandRun run, string json)
    {
        var p = JsonElements.Parse(json);
        var grid = new Grid().AddColumn().AddColumn();
        foreach (var (label, field) in new[] { ("Id", "id"), ("Name", "name"), ("Kind", "kind"), ("Address", "address"), ("Chain", "chain"), ("Products", "products") })
        {
            grid.AddRow(Cells.Plain(label), Cells.Plain(p.Text(field)));
        }

        grid.AddRow(Cells.Plain("Counts"), Cells.YesNo(p.Flag("qualifies")));
        grid.AddRow(Cells.Plain("Why not"), Cells.Plain(string.Join("; ", p.Items("reasons").Select(r => r.GetString()))));
        grid.AddRow(Cells.Plain("Archived"), Cells.Plain(p.Flag("archived") ? "yes" : "no"));
        run.Out.Write(grid);
        var evidence = Cells.Table("Evidence", "Kind", "Status", "Effective", "Valid until");
        foreach (var e in p.Items("evidence"))
        {
            evidence.AddRow(Cells.Plain(e.Text("id")), Cells.Plain(e.Text("kind")), Cells.Plain(e.Text("status")), Cells.Plain(e.Text("effectiveDate")), Cells.Plain(e.Text("validUntil")));
        }

        run.Out.Write(evidence);
        return ExitCodes.Success;
    }
}
