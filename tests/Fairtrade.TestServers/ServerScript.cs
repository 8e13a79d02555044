using System.Diagnostics;

namespace Fairtrade.TestServers;

/// <summary>Runs one of the project's server scripts (<c>scripts/servers/*.sh</c>), as a newcomer would.</summary>
public static class ServerScript
{
    public static async Task RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Repository.PathOf(Path.Combine("scripts", "servers", script)));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"scripts/servers/{script} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}:\n{await output}{await errors}");
        }
    }

    /// <summary>A new folder directly under the temp folder, which any user (PostgreSQL's among them) may pass through.</summary>
    public static string NewFolder(string prefix) => Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
}
