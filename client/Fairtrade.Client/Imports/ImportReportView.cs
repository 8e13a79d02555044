using System.Text.Json;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Output;

namespace Fairtrade.Client.Imports;

public static class ImportReportView
{
    public static void Write(CommandRun run, string json, bool dryRun)
    {
        var report = JsonElement.Parse(json);
        var errors = report.Items("errors").ToList();
        if (errors.Count > 0)
        {
            run.Context.Error.WriteLine($"The workbook has {errors.Count} error(s); nothing was changed:");
            run.Error.Write(Cells.Rows(errors, ("Sheet", Cells.Field("sheet")), ("Row", Cells.Field("row")), ("Column", Cells.Field("column")), ("Problem", Cells.Field("message"))));
            return;
        }

        var counts = $"created {report.Text("created")}, updated {report.Text("updated")}, unchanged {report.Text("unchanged")}";
        run.Say(report.Flag("applied") ? $"Imported: {counts}." : dryRun ? $"Dry run, nothing changed; it would be: {counts}." : $"Not applied: {counts}.");
    }
}
