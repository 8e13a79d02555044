using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Fairtrade.Client.Cli;

/// <summary>The built-in help, then the command's examples.</summary>
public sealed class ExamplesHelpAction(HelpAction help, IReadOnlyDictionary<Command, string> examples) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var exitCode = help.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var text))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            output.WriteLine(text);
            output.WriteLine();
        }

        return exitCode;
    }
}
