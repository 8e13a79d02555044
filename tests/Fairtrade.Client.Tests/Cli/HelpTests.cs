using System.CommandLine;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Cli;

/// <summary>Every command's <c>--help</c>, groups included, ends with examples of that very command.</summary>
public sealed class HelpTests : IDisposable
{
    private readonly FairtradeTool _cli = new();

    public static TheoryData<string> Commands()
    {
        var root = FairtradeCli.Build(new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null, _ => null, false, false, false));
        var paths = new TheoryData<string> { "" };
        foreach (var path in Paths(root, ""))
        {
            paths.Add(path);
        }

        return paths;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EveryCommandsHelpShowsExamplesOfItself(string command)
    {
        var help = await _cli.RunAsync([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        help.ExitCode.ShouldBe(ExitCodes.Success, help.ToString());
        var examples = help.Out.Split("Examples:").Skip(1).ShouldHaveSingleItem();
        var itself = $"fairtrade {command}".TrimEnd();
        examples.Split('\n').Select(l => l.Trim()).ShouldContain(l => l == itself || l.StartsWith(itself + " ", StringComparison.Ordinal));
    }

    public void Dispose() => _cli.Dispose();

    private static IEnumerable<string> Paths(Command command, string prefix) =>
        command.Subcommands.SelectMany(sub => Paths(sub, $"{prefix}{sub.Name} ").Prepend($"{prefix}{sub.Name}"));
}
