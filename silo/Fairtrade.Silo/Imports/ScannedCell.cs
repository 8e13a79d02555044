namespace Fairtrade.Silo.Imports;

/// <summary>A cell as <see cref="SheetScan"/> reads it: its place, its type, and how long its text is so far.</summary>
public sealed class ScannedCell(int row, int column, string? type)
{
    public int Row { get; } = row;

    public int Column { get; } = column;

    public string? Type { get; } = type;

    /// <summary>The reference as the spreadsheet library writes it ("B7").</summary>
    public string Reference => $"{Letters(Column)}{Row}";

    public int Length { get; set; }

    /// <summary>The first characters of the cell's value (a shared string's index).</summary>
    public string Value { get; set; } = "";

    /// <summary>Whether the reader is inside the cell's value, inline text or formula.</summary>
    public bool InText { get; set; }

    public bool InValue { get; set; }

    /// <summary>Column letters: 1 → A, 28 → AB.</summary>
    public static string Letters(int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + ((column - 1) % 26)) + letters;
        }

        return letters;
    }
}
