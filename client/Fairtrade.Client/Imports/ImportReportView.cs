namespace Fairtrade.Client.Imports;

public static class ImportReportView
{
    public static void Write(CommandRun run, string json, bool dryRun)
    {
        var report = JsonElement.Parse(json);
        var errors = report.Items("errors").ToList();
        if (errors.Count > 0)
        {
            // A long report ends with a line saying how many more were left out; that line is no error of its own.
            var capped = errors[^1].Text("message").StartsWith('…');
            run.Context.Error.WriteLine(capped
                ? $"The workbook has more than {errors.Count - 1} errors; nothing was changed. The first ones:"
                : $"The workbook has {errors.Count} error(s); nothing was changed:");
            run.Error.Write(Cells.Rows(errors, ("Sheet", Cells.Field("sheet")), ("Row", Cells.Field("row")), ("Column", Cells.Field("column")), ("Problem", Cells.Field("message"))));
            return;
        }

        var counts = $"created {report.Text("created")}, updated {report.Text("updated")}, unchanged {report.Text("unchanged")}";
        run.Say(report.Flag("applied") ? $"Imported: {counts}." : dryRun ? $"Dry run, nothing changed; it would be: {counts}." : $"Not applied: {counts}.");
    }
}
