using System.Diagnostics;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Process;

/// <summary>The built tool started as its own process: the real entry point, exit codes and plain output.</summary>
[Collection(ServerCollection.Name)]
public sealed class ToolProcessTests(SiloServer server) : IDisposable
{
    private readonly string _configDir = Directory.CreateTempSubdirectory("fairtrade-client-process-").FullName;

    [Fact]
    public async Task StatusThroughAPipeIsPlainTextWithExitCodeZero()
    {
        var slug = await server.TownAsync();

        var result = await RunAsync(("FAIRTRADE_SERVER", server.Url), ["status", slug]);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.ToString());
        result.Out.ShouldContain("Council resolution");
        result.Out.ShouldNotContain("\u001b[");
    }

    [Fact]
    public async Task LoginReadsTheTokenFromAPipe()
    {
        var result = await RunAsync(("FAIRTRADE_SERVER", null), ["login", "--server", server.Url], SiloServer.AdminToken + "\n");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.ToString());
        (await RunAsync(("FAIRTRADE_SERVER", null), ["whoami"])).Out.ShouldContain("admin");
    }

    [Fact]
    public async Task AServerThatIsDownGivesExitCodeThreeAndNoStackTrace()
    {
        var result = await RunAsync(("FAIRTRADE_SERVER", SiloServer.DeadUrl()), ["towns", "list"]);

        result.ExitCode.ShouldBe(ExitCodes.Unreachable);
        result.Error.ShouldContain("Cannot reach the server");
        result.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task AnUnknownCommandIsAUsageError()
    {
        var result = await RunAsync(("FAIRTRADE_SERVER", server.Url), ["frobnicate"]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
    }

    public void Dispose() => Directory.Delete(_configDir, recursive: true);

    private async Task<CliResult> RunAsync((string Name, string? Value) variable, string[] args, string input = "")
    {
        // The tool's own build output sits beside the tests, as the referenced project's assembly.
        var tool = Path.Combine(AppContext.BaseDirectory, "fairtrade.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["FAIRTRADE_CONFIG_DIR"] = _configDir;
        start.Environment.Remove("FAIRTRADE_TOKEN");
        start.Environment.Remove("NO_COLOR");
        start.Environment[variable.Name] = variable.Value;
        if (variable.Value is null)
        {
            start.Environment.Remove(variable.Name);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return new CliResult(process.ExitCode, await output, await error);
    }
}
