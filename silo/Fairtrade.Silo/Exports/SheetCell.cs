using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Fairtrade.Silo.Exports;

/// <summary>
/// One cell as the file stores it, made once from its value when its row is added: text as its place in the
/// workbook's shared strings (so text that begins with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> stays text), days and
/// moments as day numbers with a date format, whole numbers, and formulas we wrote ourselves.
/// </summary>
internal readonly record struct SheetCell(SheetCell.Type Of, string Value, uint Style, int Width)
{
    public enum Type : byte { Text, Number, Formula }

    /// <summary>The most characters Excel keeps in one cell; it calls a file with a longer one damaged.</summary>
    private const int MaxLength = 32_767;

    /// <summary>Day zero of a spreadsheet's day numbers (so that 1900-03-01 is day 61, as in Excel).</summary>
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    // Only their names are written; they are never changed, so one of each serves every cell.
    private static readonly Cell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly CellFormula FormulaElement = new();
    private static readonly OpenXmlAttribute SharedText = new("t", "", "s");

    /// <summary>The cell for <paramref name="value"/>; none for null or empty text, so the cell is blank in Excel too.</summary>
    public static SheetCell? From(object? value, WorkbookWriter workbook) => value switch
    {
        null or "" => null,
        string text => Text(text, WorkbookStyles.Plain, workbook),
        DateOnly day => new SheetCell(Type.Number, WorkbookWriter.Number(day.DayNumber - Epoch.DayNumber), WorkbookStyles.Day, 10),
        DateTime moment => new SheetCell(Type.Number, moment.ToOADate().ToString("R", CultureInfo.InvariantCulture), WorkbookStyles.Moment, 16),
        int number => new SheetCell(Type.Number, WorkbookWriter.Number(number), WorkbookStyles.Plain, WorkbookWriter.Number(number).Length),
        Formula formula => new SheetCell(Type.Formula, formula.Text, WorkbookStyles.Plain, 6),
        _ => throw new ArgumentException($"No cell type for {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A label in bold, such as the name of a fact beside it.</summary>
    public static SheetCell Label(string text, WorkbookWriter workbook) => Text(text, WorkbookStyles.Bold, workbook);

    public void WriteTo(OpenXmlWriter xml, string reference)
    {
        var at = new OpenXmlAttribute("r", "", reference);
        OpenXmlAttribute[] attributes = Style == WorkbookStyles.Plain
            ? Of == Type.Text ? [at, SharedText] : [at]
            : Of == Type.Text ? [at, StyleAttribute(), SharedText] : [at, StyleAttribute()];
        xml.WriteStartElement(CellElement, attributes);
        xml.WriteStartElement(Of == Type.Formula ? FormulaElement : ValueElement);
        xml.WriteString(Value);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private OpenXmlAttribute StyleAttribute() => new("s", "", WorkbookWriter.Number((int)Style));

    private static SheetCell Text(string text, uint style, WorkbookWriter workbook)
    {
        var kept = Clipped(text);
        return new SheetCell(Type.Text, WorkbookWriter.Number(workbook.Text(kept)), style, kept.Length);
    }

    /// <summary>Text within Excel's limit: a longer one (a change of a hundred long product names) ends in "…".</summary>
    private static string Clipped(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var end = MaxLength - 1;
        return string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[end - 1]) ? end - 1 : end), "…");
    }
}
