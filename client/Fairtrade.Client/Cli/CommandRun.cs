using Fairtrade.Client.Login;
using Spectre.Console;

namespace Fairtrade.Client.Cli;

/// <summary>One invocation of a command: its parsed values, its consoles, and the server it talks to.</summary>
public sealed class CommandRun(CliContext context, ParseResult parse, bool json) : IDisposable
{
    private IAnsiConsole? _out;
    private IAnsiConsole? _error;
    private ApiClient? _api;

    public CliContext Context { get; } = context;

    /// <summary>The caller asked for JSON: standard output carries JSON and nothing else.</summary>
    public bool Json { get; } = json;

    public IAnsiConsole Out => _out ??= Consoles.Create(Context.Output, Context.OutputIsTerminal, Context.Colours);

    /// <summary>Progress and notes go here, so that standard output stays clean for pipes.</summary>
    public IAnsiConsole Error => _error ??= Consoles.Create(Context.Error, Context.ErrorIsTerminal, Context.Colours);

    /// <summary>The logged-in server, unless <c>FAIRTRADE_SERVER</c> / <c>FAIRTRADE_TOKEN</c> say otherwise.</summary>
    public ApiClient Api => _api ??= Connect();

    public T Value<T>(Option<T> option) => parse.GetValue(option)!;

    public T Value<T>(Argument<T> argument) => parse.GetValue(argument)!;

    public int WriteJson(string json)
    {
        Context.Output.WriteLine(json.Trim());
        return ExitCodes.Success;
    }

    /// <summary>The server's answer as it came with <c>--json</c>; otherwise <paramref name="view"/> made from it.</summary>
    public int Answer(string json, Func<JsonElement, IRenderable> view)
    {
        if (Json)
        {
            return WriteJson(json);
        }

        Out.Write(view(JsonElement.Parse(json)));
        return ExitCodes.Success;
    }

    /// <summary>The server's answer as it came with <c>--json</c>; otherwise one sentence made from it.</summary>
    public int Answer(string json, Func<JsonElement, string> sentence) => Json ? WriteJson(json) : Say(sentence(JsonElement.Parse(json)));

    /// <summary>For commands the server answers with nothing to show: a small JSON object with <c>--json</c>, else one sentence.</summary>
    public int Done(object json, string sentence) => Json ? WriteJson(JsonSerializer.Serialize(json)) : Say(sentence);

    /// <summary>A line for a person; with <c>--json</c> it goes to standard error instead.</summary>
    public int Say(string line)
    {
        (Json ? Context.Error : Context.Output).WriteLine(line);
        return ExitCodes.Success;
    }

    public void Dispose() => _api?.Dispose();

    private ApiClient Connect()
    {
        var stored = new ConfigStore(Context).Read();
        var server = Context.Variable("FAIRTRADE_SERVER") ?? stored?.Server
            ?? throw new UsageException("Not logged in: run 'fairtrade login --server URL' first (or set FAIRTRADE_SERVER).");
        return new ApiClient(Servers.Parse(server), Context.Variable("FAIRTRADE_TOKEN") ?? stored?.Token);
    }
}
