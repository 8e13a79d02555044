using System.Diagnostics;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>One of the silo program's own commands (<c>backup</c>, <c>restore</c>) as an operator runs it: a process of its own.</summary>
public static class SiloCommand
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Fairtrade.Silo.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            // A program that does not know the command starts the silo instead, and would serve for ever.
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', arguments)}' did not end:\n{await output}{await error}");
        }

        return new Result(process.ExitCode, await output + await error);
    }
}
