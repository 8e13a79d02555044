namespace Fairtrade.Client.Cli;

/// <summary>The world a command runs in: its streams and environment, replaceable so tests can run it in-process.</summary>
public sealed class CliContext(
    TextWriter output, TextWriter error, TextReader input, Func<string, string?> environment,
    bool outputIsTerminal = false, bool errorIsTerminal = false, bool inputIsTerminal = false)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public TextReader Input { get; } = input;

    public bool OutputIsTerminal { get; } = outputIsTerminal;

    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    public bool InputIsTerminal { get; } = inputIsTerminal;

    /// <summary>Colours are wanted unless <c>NO_COLOR</c> is set (https://no-color.org); the consoles add them only at a terminal.</summary>
    public bool Colours => Variable("NO_COLOR") is null;

    public string? Variable(string name) => environment(name) is { Length: > 0 } value ? value : null;

    public static CliContext FromProcess() => new(
        Console.Out, Console.Error, Console.In, Environment.GetEnvironmentVariable,
        !Console.IsOutputRedirected, !Console.IsErrorRedirected, !Console.IsInputRedirected);
}
