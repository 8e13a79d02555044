namespace Fairtrade.Silo.Imports;

/// <summary>How the import shows a workbook's text in its messages: control characters as code points, and never more than a short prefix.</summary>
public static class ImportText
{
    /// <summary>What Excel lets a cell hold; a longer cell is an error at its place and is never read.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>How much of a cell or a name a message quotes.</summary>
    public const int QuotedLength = 60;

    /// <summary>A name with its control characters shown as code points, so a message never carries them.</summary>
    public static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    /// <summary>The text as a message quotes it: printable, and cut to its first <see cref="QuotedLength"/> characters.</summary>
    public static string Quote(string text) =>
        text.Length <= QuotedLength ? Printable(text) : $"{Printable(text[..QuotedLength])}… ({text.Length:N0} characters)";
}
