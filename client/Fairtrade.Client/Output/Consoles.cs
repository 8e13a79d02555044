using Spectre.Console;

namespace Fairtrade.Client.Output;

public static class Consoles
{
    /// <summary>Wide enough that tables piped to a file or a pager are not wrapped at 80 columns.</summary>
    private const int RedirectedWidth = 200;

    /// <summary>A Spectre console over <paramref name="writer"/>: ANSI and colours only for a terminal, and only when wanted.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool terminal, bool colours)
    {
        var ansi = terminal && colours;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
