using Spectre.Console;

namespace Fairtrade.Client.Exports;

/// <summary>Saves an answer to a file, with a progress bar at a terminal; a failed download leaves no half-written file.</summary>
public static class Download
{
    /// <summary>
    /// Saves the answer to <paramref name="path"/> in <paramref name="folder"/> (checked before the server is asked) and
    /// says where it went. The file is chosen once the answer's headers are in, so that it can be named as the server
    /// suggests; a file already there is replaced only with <paramref name="overwrite"/>.
    /// </summary>
    public static async Task<int> SaveAsync(
        CommandRun run, string path, DirectoryInfo folder, Func<HttpResponseMessage, FileInfo> choose, bool overwrite, CancellationToken cancellationToken)
    {
        if (!folder.Exists)
        {
            throw new UsageException($"There is no folder '{folder.FullName}' to write into.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await run.Api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await ApiClient.EnsureSuccessAsync(response, cancellationToken);
        var target = choose(response);
        if (!overwrite && target.Exists)
        {
            throw new UsageException($"There is a file '{target.FullName}' already; give --force to replace it.");
        }

        var length = response.Content.Headers.ContentLength;
        await using var source = await response.Content.ReadAsStreamAsync(cancellationToken);
        var bytes = run.Context.ErrorIsTerminal
            ? await run.Error.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new DownloadedColumn(), new TransferSpeedColumn())
                .StartAsync(async context =>
                {
                    var bar = context.AddTask(Markup.Escape(target.Name), maxValue: length ?? 1);
                    bar.IsIndeterminate = length is null;
                    var written = await CopyAsync(source, target, overwrite, read => bar.Increment(read), cancellationToken);
                    bar.Value = bar.MaxValue;
                    return written;
                })
            : await CopyAsync(source, target, overwrite, _ => { }, cancellationToken);
        return run.Done(new { file = target.FullName, bytes }, $"Wrote {target.FullName} ({JsonElements.Size(bytes)}).");
    }

    private static async Task<long> CopyAsync(Stream source, FileInfo target, bool overwrite, Action<long> progress, CancellationToken cancellationToken)
    {
        var partial = target.FullName + ".part";
        try
        {
            long written;
            await using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, Streams.ChunkSize, useAsync: true))
            {
                written = await Streams.CopyAsync(source, output, progress, cancellationToken);
            }

            File.Move(partial, target.FullName, overwrite);
            return written;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }

            if (exception is OperationCanceledException)
            {
                throw;
            }

            // A download cut off mid-way is the server's (or the network's) failure; a file we cannot write is the user's.
            throw ApiClient.IsBrokenConnection(exception)
                ? new ServerUnreachableException($"The download broke off: {exception.Message}", exception)
                : new UsageException($"Cannot write '{target.FullName}': {exception.Message}");
        }
    }
}
