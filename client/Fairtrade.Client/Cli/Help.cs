using System.CommandLine.Help;

namespace Fairtrade.Client.Cli;

public static class Help
{
    private static readonly string Marker = Environment.NewLine + Environment.NewLine + "Examples:" + Environment.NewLine;

    /// <summary>A command's description followed by examples; <see cref="MoveExamples"/> gives them to the command's own help.</summary>
    public static string Describe(string description, params string[] examples) =>
        examples.Length == 0 ? description : description + Marker + string.Join(Environment.NewLine, examples.Select(e => "  " + e));

    /// <summary>
    /// Lists of subcommands show each description alone; the examples are printed under the command's own
    /// <c>--help</c> (the built-in help has no place for them).
    /// </summary>
    public static void MoveExamples(RootCommand root)
    {
        var examples = new Dictionary<Command, string>();
        foreach (var command in Descendants(root).Prepend(root))
        {
            if (command.Description?.IndexOf(Marker, StringComparison.Ordinal) is { } end and >= 0)
            {
                examples[command] = command.Description[(end + Marker.Length)..];
                command.Description = command.Description[..end];
            }
        }

        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Action = new ExamplesHelpAction((HelpAction)option.Action!, examples);
        }
    }

    /// <summary>How to ask for help on the command that was given, e.g. <c>fairtrade towns create --help</c>.</summary>
    public static string HintFor(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "fairtrade" : result.Command.Name);
        }

        names.Reverse();
        return $"See '{string.Join(' ', names)} --help'.";
    }

    private static IEnumerable<Command> Descendants(Command command) => command.Subcommands.SelectMany(c => Descendants(c).Prepend(c));
}
