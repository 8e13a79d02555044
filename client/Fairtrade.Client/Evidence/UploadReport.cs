namespace Fairtrade.Client.Evidence;

/// <summary>
/// What an upload batch did: each refusal and a batch stopped short (no answer, Ctrl+C, an unreadable file) on
/// standard error; the evidence made on standard output (as a JSON list with <c>--json</c>), also when it stopped short.
/// </summary>
public static class UploadReport
{
    public static int Write(CommandRun run, FileInfo[] files, List<UploadOutcome> outcomes)
    {
        foreach (var failed in outcomes.Where(o => o.Refusal is not null))
        {
            run.Context.Error.WriteLine($"{failed.File.Name}: {failed.Refusal}");
        }

        var uploaded = outcomes.Where(o => o.Evidence is not null).ToList();
        if (run.Json)
        {
            run.WriteJson("[" + string.Join(",", uploaded.Select(o => o.Evidence!.Trim())) + "]");
        }
        else
        {
            foreach (var done in uploaded)
            {
                var evidence = JsonElement.Parse(done.Evidence!);
                run.Say($"Uploaded {done.File.Name} ({JsonElements.Size(done.File.Length)}): evidence {evidence.Text("id")}, {evidence.Text("status")}.");
            }
        }

        if (outcomes.LastOrDefault() is { Stop: { } stop } stopped)
        {
            run.Context.Error.WriteLine($"{stopped.File.Name}: {stop.Reason}");
            if (files.Skip(outcomes.Count).Select(f => f.Name).ToArray() is { Length: > 0 } unsent)
            {
                run.Context.Error.WriteLine($"Not sent: {string.Join(", ", unsent)}.");
            }

            return stop.ExitCode;
        }

        return uploaded.Count == outcomes.Count ? ExitCodes.Success : ExitCodes.Refused;
    }
}
