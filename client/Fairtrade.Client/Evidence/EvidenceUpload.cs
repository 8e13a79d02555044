using System.Net.Http.Headers;
using Spectre.Console;

namespace Fairtrade.Client.Evidence;

/// <summary>
/// <c>evidence upload</c>: one evidence entry per file, each with its own progress bar. A file the server refuses does
/// not stop the others; a server that stops answering stops the batch. The exit code says whether every file went through.
/// </summary>
public static class EvidenceUpload
{
    public static Command Create(CommandRunner runner)
    {
        var town = Symbols.Town();
        var subject = EvidenceFields.Subject();
        var files = new Argument<FileInfo[]>("FILE") { Description = "JPEG, PNG, WebP or PDF files; each becomes one evidence entry.", Arity = ArgumentArity.OneOrMore }.AcceptExistingOnly();
        var kind = EvidenceFields.Kind("What the files are.");
        kind.DefaultValueFactory = _ => "photo";
        var effective = EvidenceFields.EffectiveDate();
        var note = EvidenceFields.Note();
        var command = new Command("upload", Help.Describe(
            "Upload proof: a photo of the shelf, a menu, a signed declaration.",
            "fairtrade evidence upload bottrop cafe-mokka shelf.jpg menu.pdf",
            "fairtrade evidence upload bottrop council minutes.pdf --kind resolution --effective-date 2026-02-01"))
        {
            town, subject, files, kind, effective, note,
        };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var paths = run.Value(files);
            var fields = new Dictionary<string, string?>
            {
                ["subject"] = run.Value(subject),
                ["kind"] = run.Value(kind),
                ["effectiveDate"] = EvidenceFields.EffectiveDay(run.Value(effective)),
                ["note"] = run.Value(note),
            };

            var check = $"fairtrade evidence list {run.Value(town)} --subject {run.Value(subject)}";
            var upload = new Func<FileInfo, Action<long>, Task<UploadOutcome>>((file, sent) =>
                UploadAsync(run.Api, EvidenceCommands.Path(run.Value(town)), fields, file, sent, check, cancellationToken));
            var outcomes = run.Context.ErrorIsTerminal
                ? await WithProgressAsync(run.Error, paths, upload)
                : await EachAsync(paths.Length, i => upload(paths[i], _ => { }));
            return UploadReport.Write(run, paths, outcomes);
        });
    }

    /// <summary>The files in turn, until one stops the batch: with the server gone, the files after it would only fail alike.</summary>
    private static async Task<List<UploadOutcome>> EachAsync(int count, Func<int, Task<UploadOutcome>> upload)
    {
        var outcomes = new List<UploadOutcome>();
        for (var i = 0; i < count && outcomes.LastOrDefault()?.Stop is null; i++)
        {
            outcomes.Add(await upload(i));
        }

        return outcomes;
    }

    private static Task<List<UploadOutcome>> WithProgressAsync(IAnsiConsole console, FileInfo[] files, Func<FileInfo, Action<long>, Task<UploadOutcome>> upload) =>
        console.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn())
            .StartAsync(context =>
            {
                var bars = files.Select(f => context.AddTask(Markup.Escape(f.Name), autoStart: false, maxValue: Math.Max(1, f.Length))).ToArray();
                return EachAsync(files.Length, async i =>
                {
                    var bar = bars[i];
                    bar.StartTask();
                    var outcome = await upload(files[i], sent => bar.Increment(sent));
                    bar.StopTask();
                    return outcome;
                });
            });

    private static async Task<UploadOutcome> UploadAsync(
        ApiClient api, string path, Dictionary<string, string?> fields, FileInfo file, Action<long> sent, string check, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                form.Add(new StringContent(value), name);
            }
        }

        FileStream bytes;
        try
        {
            bytes = file.OpenRead();
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            return UploadOutcome.Stopped(file, unreadable.Message, ExitCodes.Usage);
        }

        // The server tells the type from the bytes; the declared type decides nothing.
        var sentAny = false;
        var content = new ProgressContent(bytes, count => { sentAny = true; sent(count); });
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", file.Name);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        try
        {
            using var response = await api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            await ApiClient.EnsureSuccessAsync(response, cancellationToken);
            var evidence = await api.ReadAsync(response, cancellationToken);
            return IsObject(evidence) ? new UploadOutcome(file, evidence, null) : UploadOutcome.Stopped(file, CommandRunner.NotTheApi, ExitCodes.Refused);
        }
        catch (ServerRefusedException refused)
        {
            return new UploadOutcome(file, null, refused.Message);
        }
        catch (ServerUnreachableException unreachable)
        {
            // Once the file went out, only the answer may have been lost; the evidence list tells.
            var reason = sentAny ? $"{unreachable.Message} The server may have stored the file before the answer was lost; '{check}' shows what it has." : unreachable.Message;
            return UploadOutcome.Stopped(file, reason, ExitCodes.Unreachable);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return UploadOutcome.Stopped(file, "Cancelled.", ExitCodes.Cancelled);
        }
    }

    private static bool IsObject(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
