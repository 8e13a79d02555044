using Fairtrade.Client.Cli;
using Fairtrade.Client.Output;
using Spectre.Console;

namespace Fairtrade.Client.Imports;

public static class ImportReportView
{
    public static void Write(CommandRun run, string json, bool dryRun)
    {
        var report = JsonElements.Parse(json);
        var errors = report.Items("errors").ToList();
        if (errors.Count > 0)
        {
            run.Context.Error.WriteLine($"The workbook has {errors.Count} error(s); nothing was changed:");
            var table = Cells.Table("Sheet", "Row", "Column", "Problem");
            foreach (var error in errors)
            {
                table.AddRow(Cells.Plain(error.Text("sheet")), Cells.Plain(error.Text("row")), Cells.Plain(error.Text("column")), Cells.Plain(error.Text("message")));
            }

            run.Error.Write(table);
            return;
        }

        var counts = $"created {report.Text("created")}, updated {report.Text("updated")}, unchanged {report.Text("unchanged")}";
        run.Say(report.Flag("applied") ? $"Imported: {counts}." : dryRun ? $"Dry run, nothing changed; it would be: {counts}." : $"Not applied: {counts}.");
    }
}
