using System.Net.ServerSentEvents;
using Spectre.Console;

namespace Fairtrade.Client.Towns;

/// <summary>
/// Follows the server's live feed of the town (server-sent events: <c>ready</c>, then <c>changed</c> on every change)
/// and prints the status afresh each time it changed, until Ctrl+C. A change that leaves the status as it was (a
/// participant's phone number, say) costs a 304 and prints nothing.
/// </summary>
public static class WatchCommand
{
    public static Command Create(CommandRunner runner)
    {
        var town = Symbols.Town();
        var command = new Command("watch", Help.Describe(
            "Follow the town's live status until Ctrl+C; with --json, one status per line.",
            "fairtrade watch bottrop",
            "fairtrade watch bottrop --json | jq --unbuffered .overall"))
        {
            town,
        };
        return runner.Define(command, async (run, cancellationToken) =>
        {
            var slug = run.Value(town);
            using var request = new HttpRequestMessage(HttpMethod.Get, $"towns/{ApiClient.Segment(slug)}/live");
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var response = await run.Api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            await ApiClient.EnsureSuccessAsync(response, cancellationToken);
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            string? shown = null;
            try
            {
                await foreach (var _ in SseParser.Create(stream).EnumerateAsync(cancellationToken))
                {
                    shown = await ShowIfChangedAsync(run, slug, shown, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C is how watching ends.
                return ExitCodes.Success;
            }
            catch (IOException exception)
            {
                throw new ServerUnreachableException($"The server at {run.Api.Server} closed the live status: {exception.Message}", exception);
            }

            throw new ServerUnreachableException($"The server at {run.Api.Server} ended the live status (it may be restarting).");
        });
    }

    /// <summary>Prints the status unless it is the one tagged <paramref name="shown"/>; answers the tag of what is shown.</summary>
    private static async Task<string?> ShowIfChangedAsync(CommandRun run, string slug, string? shown, CancellationToken cancellationToken)
    {
        if (await run.Api.GetIfChangedAsync(StatusCommand.Path(slug), shown, cancellationToken) is not var (json, etag))
        {
            return shown;
        }

        if (run.Json)
        {
            // One compact line per status, so a script can read them as they come.
            run.WriteJson(JsonSerializer.Serialize(JsonElement.Parse(json)));
            return etag;
        }

        run.Out.WriteLine();
        run.Out.WriteLine($"— {DateTimeOffset.Now:HH:mm:ss}");
        run.Out.Write(StatusView.Render(JsonElement.Parse(json)));
        return etag;
    }
}
