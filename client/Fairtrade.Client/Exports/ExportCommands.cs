namespace Fairtrade.Client.Exports;

/// <summary><c>export renewal | evidence</c>.</summary>
public static class ExportCommands
{
    public static IEnumerable<Command> Create(CommandRunner runner) =>
        [new Command("export", Help.Describe(
            "Download the renewal workbook or the evidence bundle.",
            "fairtrade export renewal bottrop -o renewal.xlsx", "fairtrade export evidence bottrop -o evidence.zip")) { Renewal(runner), Bundle(runner) }];

    private static Command Renewal(CommandRunner runner)
    {
        var town = Symbols.Town();
        var output = Output();
        var asOf = Symbols.AsOf();
        var lang = Symbols.OneOf("--lang", "The workbook's language. Default: the ruleset's country's language.", ["de", "en", "fr", "it"]);
        var command = new Command("renewal", Help.Describe("The renewal workbook (.xlsx) for the application.",
            "fairtrade export renewal bottrop -o renewal.xlsx", "fairtrade export renewal bottrop -o renewal.xlsx --as-of 2027-02-28 --lang en")) { town, output, asOf, lang };
        return runner.Define(command, (run, cancellationToken) => SaveAsync(run, output,
            ApiClient.Town(run.Value(town), "exports/renewal.xlsx") + ApiClient.Query(("asOf", Symbols.Day(run.Value(asOf))), ("lang", run.Value(lang))), cancellationToken));
    }

    private static Command Bundle(CommandRunner runner)
    {
        var town = Symbols.Town();
        var output = Output();
        var asOf = Symbols.AsOf();
        var command = new Command("evidence", Help.Describe("The workbook and every evidence file valid on the day, by criterion, as a zip.",
            "fairtrade export evidence bottrop -o evidence.zip")) { town, output, asOf };
        return runner.Define(command, (run, cancellationToken) => SaveAsync(run, output,
            ApiClient.Town(run.Value(town), "exports/evidence.zip") + ApiClient.Query(("asOf", Symbols.Day(run.Value(asOf)))), cancellationToken));
    }

    private static Option<FileInfo> Output() => new("--output", "-o") { Description = "The file to write.", Required = true, HelpName = "FILE" };

    // The file was named on the command line: it is written over, as the shell's '>' would.
    private static Task<int> SaveAsync(CommandRun run, Option<FileInfo> output, string path, CancellationToken cancellationToken) =>
        Download.SaveAsync(run, path, run.Value(output)!.Directory!, _ => run.Value(output)!, overwrite: true, cancellationToken);
}
