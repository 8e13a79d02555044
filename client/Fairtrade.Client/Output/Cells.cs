using Spectre.Console;

namespace Fairtrade.Client.Output;

/// <summary>Table cells from server data, which is plain text and never markup.</summary>
public static class Cells
{
    private static readonly Style GoodStyle = new(Color.Green);
    private static readonly Style BadStyle = new(Color.Red);
    private static readonly Style WarningStyle = new(Color.Yellow);

    public static IRenderable Plain(string? text) => new Text(text ?? "");

    public static IRenderable Good(string text) => new Text(text, GoodStyle);

    public static IRenderable Bad(string text) => new Text(text, BadStyle);

    public static IRenderable Warning(string text) => new Text(text, WarningStyle);

    /// <summary>A field of the server's JSON as plain text, for <see cref="Rows"/> and <see cref="Fields"/>.</summary>
    public static Func<JsonElement, IRenderable> Field(string name) => item => Plain(item.Text(name));

    public static IRenderable YesNo(bool yes, string whenYes = "yes", string whenNo = "no") => yes ? Good(whenYes) : Bad(whenNo);

    /// <summary>The overall state: <c>met</c>, <c>at-risk</c>, <c>not-met</c>.</summary>
    public static IRenderable Overall(string? overall) => new Text(OverallWords(overall), OverallStyle(overall));

    /// <summary>The overall state at the end of a line of text, such as the status's heading.</summary>
    public static Paragraph AppendOverall(this Paragraph line, string? overall) => line.Append(OverallWords(overall), OverallStyle(overall));

    public static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
        }

        return table;
    }

    /// <summary>A table with a row per item; each column names its header and makes its cell.</summary>
    public static Table Rows(IEnumerable<JsonElement> items, params (string Header, Func<JsonElement, IRenderable> Cell)[] columns)
    {
        var table = Table([.. columns.Select(c => c.Header)]);
        foreach (var item in items)
        {
            table.AddRow(columns.Select(c => c.Cell(item)));
        }

        return table;
    }

    /// <summary>One item as a grid of labels and values.</summary>
    public static Grid Fields(JsonElement item, params (string Label, Func<JsonElement, IRenderable> Value)[] fields)
    {
        var grid = new Grid().AddColumn().AddColumn();
        foreach (var (label, value) in fields)
        {
            grid.AddRow(Plain(label), value(item));
        }

        return grid;
    }

    private static string OverallWords(string? overall) => overall?.Replace('-', ' ') ?? "";

    private static Style OverallStyle(string? overall) => overall switch
    {
        "met" => GoodStyle,
        "at-risk" => WarningStyle,
        null => Style.Plain,
        _ => BadStyle,
    };
}
