using Fairtrade.Client.Cli;

namespace Fairtrade.Client.Tests.Infrastructure;

/// <summary>
/// Runs <c>fairtrade</c> in-process as a user at a shell would: its own config directory, its own environment
/// variables, captured output, and (unless a test says otherwise) not a terminal.
/// </summary>
public sealed class FairtradeTool : IDisposable
{
    private readonly string _configDir = Directory.CreateTempSubdirectory("fairtrade-client-config-").FullName;

    public FairtradeTool() => Environment["FAIRTRADE_CONFIG_DIR"] = _configDir;

    public Dictionary<string, string?> Environment { get; } = [];

    public string ConfigFile => Path.Combine(_configDir, "config.json");

    public bool Terminal { get; set; }

    public async Task<CliResult> RunAsync(string[] args, string? input = null, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        var error = new StringWriter();
        output ??= new StringWriter();
        var context = new CliContext(output, error, new StringReader(input ?? ""), name => Environment.GetValueOrDefault(name),
            outputIsTerminal: Terminal, errorIsTerminal: false, inputIsTerminal: false);
        var exitCode = await FairtradeCli.RunAsync(args, context, cancellationToken);
        return new CliResult(exitCode, output.ToString() ?? "", error.ToString());
    }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(args, null);

    /// <summary>Logs in as the admin, through the command itself.</summary>
    public async Task<FairtradeTool> LoginAsync(SiloServer server, string token = SiloServer.AdminToken)
    {
        var result = await RunAsync(["login", "--server", server.Url], token + "\n");
        result.ExitCode.ShouldBe(ExitCodes.Success, result.ToString());
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_configDir, recursive: true);
        }
        catch (IOException)
        {
            // Left to the system's temp cleaning.
        }
    }
}
