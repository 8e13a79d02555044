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
    public async Task EvidenceDownloadWithoutAnOutputWritesTheFileIntoTheWorkingFolder()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        using var files = new Files();
        using var cli = await new FairtradeTool().LoginAsync(server);
        var upload = await cli.RunAsync("evidence", "upload", slug, shop, files.Jpeg("shelf.jpg", 3000), "--effective-date", "2026-11-20", "--json");
        var id = (string)System.Text.Json.Nodes.JsonNode.Parse(upload.Out)![0]!["id"]!;
        var folder = Directory.CreateDirectory(files.PathOf("downloads")).FullName;
        await RunAsync(("FAIRTRADE_SERVER", null), ["login", "--server", server.Url], SiloServer.AdminToken + "\n");

        var first = await RunAsync(("FAIRTRADE_SERVER", null), ["evidence", "download", slug, id], workingDirectory: folder);
        var second = await RunAsync(("FAIRTRADE_SERVER", null), ["evidence", "download", slug, id], workingDirectory: folder);

        first.ExitCode.ShouldBe(ExitCodes.Success, first.ToString());
        File.ReadAllBytes(Path.Combine(folder, "shelf.jpg")).ShouldBe(File.ReadAllBytes(files.PathOf("shelf.jpg")));
        second.ExitCode.ShouldBe(ExitCodes.Usage, second.ToString());
        second.Error.ShouldContain("give --force to replace it");
        Directory.GetFiles(folder).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task AnUnknownCommandIsAUsageError()
    {
        var result = await RunAsync(("FAIRTRADE_SERVER", server.Url), ["frobnicate"]);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
    }

    public void Dispose() => Directory.Delete(_configDir, recursive: true);

    private async Task<CliResult> RunAsync((string Name, string? Value) variable, string[] args, string input = "", string? workingDirectory = null)
    {
        // The tool's own build output sits beside the tests, as the referenced project's assembly.
        var tool = Path.Combine(AppContext.BaseDirectory, "fairtrade.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = workingDirectory ?? "",
        };
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
