using System.CommandLine;

namespace Fairtrade.Client.Cli;

/// <summary>The arguments and options that many commands share, worded once.</summary>
public static class Symbols
{
    public static Argument<string> Town() => new("TOWN") { Description = "The town's slug, e.g. bottrop." };

    public static Argument<string> Participant() => new("PARTICIPANT") { Description = "The participant's id, e.g. cafe-mokka." };

    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "The day to answer for (yyyy-MM-dd): as things stood, or will stand, that day. Default: today.",
        HelpName = "DATE",
    };

    public static Option<DateOnly?> Date(string name, string description) => new(name) { Description = description, HelpName = "DATE" };

    public static Option<string?> Text(string name, string description, bool required = false) =>
        new(name) { Description = description, Required = required };

    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd");
}
