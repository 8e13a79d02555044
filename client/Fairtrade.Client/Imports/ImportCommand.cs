using System.Net;
using System.Net.Http.Headers;

namespace Fairtrade.Client.Imports;

/// <summary><c>import TOWN FILE [--dry-run]</c>: a workbook in, a report out (422: every error by sheet, row and column; nothing changed).</summary>
public static class ImportCommand
{
    private const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEnumerable<Command> Create(CommandRunner runner)
    {
        var town = Symbols.Town();
        var file = new Argument<FileInfo>("FILE") { Description = "The workbook (.xlsx), e.g. one that 'export renewal' wrote and you edited." }.AcceptExistingOnly();
        var dryRun = new Option<bool>("--dry-run") { Description = "Check and report, change nothing." };
        var command = new Command("import", Help.Describe("Import participants and criteria from a workbook; with any error, nothing changes.",
            "fairtrade import bottrop renewal.xlsx --dry-run", "fairtrade import bottrop renewal.xlsx")) { town, file, dryRun };
        return [runner.Define(command, async (run, cancellationToken) =>
        {
            var content = new StreamContent(run.Value(file).OpenRead());
            content.Headers.ContentType = new MediaTypeHeaderValue(WorkbookType);
            var path = ApiClient.Town(run.Value(town), "imports") + ApiClient.Query(("dryRun", run.Value(dryRun) ? "true" : "false"));
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
            using var response = await run.Api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity) || !IsJson(response))
            {
                await ApiClient.EnsureSuccessAsync(response, cancellationToken);
            }

            var report = await run.Api.ReadAsync(response, cancellationToken);
            var accepted = response.StatusCode == HttpStatusCode.OK;
            if (run.Json)
            {
                run.WriteJson(report);
            }
            else
            {
                ImportReportView.Write(run, report, run.Value(dryRun));
            }

            return accepted ? ExitCodes.Success : ExitCodes.Refused;
        })];
    }

    // A 422 from a proxy or an older server is a problem, not a report.
    private static bool IsJson(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType == "application/json";
}
