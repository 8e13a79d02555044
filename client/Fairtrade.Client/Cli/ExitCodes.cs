namespace Fairtrade.Client.Cli;

/// <summary>What scripts can rely on: the process exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The server answered and refused (401, 403, 404, 409, 413, 415, 422 …).</summary>
    public const int Refused = 1;

    /// <summary>The command line is wrong, there is no server to ask yet, or a local file or folder cannot be read or written as asked.</summary>
    public const int Usage = 2;

    /// <summary>No answer from the server: it is down, the address is wrong, or it timed out.</summary>
    public const int Unreachable = 3;

    /// <summary>Stopped with Ctrl+C before it finished (the shell's convention, 128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
