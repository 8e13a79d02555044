using System.CommandLine.Parsing;
using System.Globalization;

namespace Fairtrade.Client.Cli;

/// <summary>The arguments and options that many commands share, worded once.</summary>
public static class Symbols
{
    private const string DayFormat = "yyyy-MM-dd";

    // Also takes months and days without the leading zero, as the culture's own parsing did.
    private const string DayInput = "yyyy-M-d";

    public static Argument<string> Town() => new("TOWN") { Description = "The town's slug, e.g. bottrop." };

    public static Argument<string> Participant() => new("PARTICIPANT") { Description = "The participant's id, e.g. cafe-mokka." };

    public static Option<DateOnly?> AsOf() => Date("--as-of", "The day to answer for (yyyy-MM-dd): as things stood, or will stand, that day. Default: today.");

    public static Option<DateOnly?> Date(string name, string description) =>
        new(name) { Description = description, HelpName = "DATE", CustomParser = result => ParseDay(result) };

    public static Option<DateOnly> RequiredDate(string name, string description) =>
        new(name) { Description = description, HelpName = "DATE", Required = true, CustomParser = ParseDay };

    public static Option<string?> Text(string name, string description) => new(name) { Description = description };

    /// <summary>An option that takes one of <paramref name="values"/>; the help lists them.</summary>
    public static Option<string?> OneOf(string name, string description, string[] values, bool required = false)
    {
        var option = new Option<string?>(name) { Description = description, Required = required };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    // The API's dates are Gregorian yyyy-MM-dd; the current culture could read or write them in another calendar
    // (under th-TH, 2026 is taken as a Buddhist year).
    public static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static string? Day(DateOnly? day) => day is { } value ? Day(value) : null;

    private static DateOnly ParseDay(ArgumentResult result)
    {
        var token = result.Tokens[^1].Value;
        if (DateOnly.TryParseExact(token, DayInput, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        result.AddError($"'{token}' is not a date; give it as yyyy-MM-dd, e.g. 2026-03-01.");
        return default;
    }
}
