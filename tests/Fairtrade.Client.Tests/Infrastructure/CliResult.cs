namespace Fairtrade.Client.Tests.Infrastructure;

/// <summary>What a run of the command printed, and how it ended.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
