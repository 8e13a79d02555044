namespace Fairtrade.Client.Evidence;

/// <summary>
/// One file's upload: the server's <c>Evidence</c> JSON, or why the server refused it (the batch goes on), or why the
/// batch stops here (no answer, Ctrl+C, a file that cannot be read) with the exit code that says so.
/// </summary>
public sealed record UploadOutcome(FileInfo File, string? Evidence, string? Refusal, UploadStop? Stop = null)
{
    public static UploadOutcome Stopped(FileInfo file, string reason, int exitCode) => new(file, null, null, new UploadStop(reason, exitCode));
}

public sealed record UploadStop(string Reason, int ExitCode);
