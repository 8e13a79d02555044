using Spectre.Console;
using Spectre.Console.Rendering;

namespace Fairtrade.Client.Output;

/// <summary>Table cells from server data, which is plain text and never markup.</summary>
public static class Cells
{
    public static IRenderable Plain(string? text) => new Text(text ?? "");

    public static IRenderable Good(string text) => new Text(text, new Style(Color.Green));

    public static IRenderable Bad(string text) => new Text(text, new Style(Color.Red));

    public static IRenderable Warning(string text) => new Text(text, new Style(Color.Yellow));

    public static IRenderable YesNo(bool yes, string whenYes = "yes", string whenNo = "no") => yes ? Good(whenYes) : Bad(whenNo);

    /// <summary>The overall state: <c>met</c>, <c>at-risk</c>, <c>not-met</c>.</summary>
    public static IRenderable Overall(string? overall) => overall switch
    {
        "met" => Good("met"),
        "at-risk" => Warning("at risk"),
        null => Plain(""),
        _ => Bad(overall.Replace('-', ' ')),
    };

    public static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
        }

        return table;
    }
}
