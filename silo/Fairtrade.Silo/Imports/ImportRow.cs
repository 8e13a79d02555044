using System.Globalization;
using ClosedXML.Excel;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// One row of an imported sheet, read by field rather than by column. Every cell is checked before it is believed:
/// formulas and error values are refused (the import reads values), dates must be dates, text must be free of
/// control characters other than line breaks and tabs, and a name must be one line. What is wrong is added to the
/// import's errors at its place, and reads as empty.
/// </summary>
public sealed class ImportRow(IXLWorksheet sheet, int number, IReadOnlyDictionary<ImportField, SheetColumn> columns, ISet<string> errorCells, ImportErrors errors)
{
    private readonly HashSet<ImportField?> _refused = [];

    public string Sheet { get; } = sheet.Name;

    public int Number { get; } = number;

    public bool IsEmpty => columns.Values.All(c => sheet.Cell(Number, c.Number) is var cell && cell.IsEmpty() && !cell.HasFormula);

    public bool Has(ImportField field) => columns.ContainsKey(field);

    public string? Text(ImportField field)
    {
        if (Readable(field) is not { } cell)
        {
            return null;
        }

        var text = cell.DataType switch
        {
            XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
            XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            XLDataType.Boolean => cell.GetBoolean() ? "true" : "false",
            _ => cell.GetString(),
        };
        // Tabs and line breaks are what a cell may hold (the API takes them too); other control characters are not.
        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Error(field, ImportRowTexts.Current.ControlCharacters);
            return null;
        }

        // A name is one line (the API's rule too), whatever spaces surround it.
        if (IsName(field) && text.Trim().Any(char.IsControl))
        {
            Error(field, ImportRowTexts.Current.NameTakesOneLine);
            return null;
        }

        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public DateOnly? Date(ImportField field)
    {
        if (Readable(field) is not { } cell)
        {
            return null;
        }

        if (cell.DataType == XLDataType.DateTime)
        {
            return DateOnly.FromDateTime(cell.GetDateTime());
        }

        Error(field, cell.DataType == XLDataType.Text ? ImportRowTexts.Current.TextNotADate(ImportText.Quote(cell.GetString()))
            : ImportRowTexts.Current.ValueNotADate(cell.GetString(), cell.DataType.ToString().ToLowerInvariant()));
        return null;
    }

    public bool? YesNo(ImportField field)
    {
        if (Readable(field) is not { } cell)
        {
            return null;
        }

        if (cell.DataType == XLDataType.Boolean)
        {
            return cell.GetBoolean();
        }

        var answer = Text(field) is { } text ? ImportWords.YesNo(text) : null;
        if (answer is null)
        {
            Error(field, ImportRowTexts.Current.NeitherYesNorNo(ImportWords.YesNoChoices));
        }

        return answer;
    }

    /// <summary>Adds an error at the field's cell; a cell gets one error, the first, as that is the one to mend.</summary>
    public void Error(ImportField? field, string message)
    {
        if (_refused.Add(field) || field is null)
        {
            errors.Add(new ImportError(ImportText.Printable(Sheet), Number, field is { } f && columns.TryGetValue(f, out var column) ? column.Header : null, message));
        }
    }

    /// <summary>Whether the field names something (a participant, a steering-group member, an article's headline), which is one line.</summary>
    private static bool IsName(ImportField field) => field is ImportField.Name or ImportField.Headline;

    /// <summary>The cell of a field when it holds a plain value; null when empty, absent or refused.</summary>
    private IXLCell? Readable(ImportField field)
    {
        if (!columns.TryGetValue(field, out var column))
        {
            return null;
        }

        var cell = sheet.Cell(Number, column.Number);
        if (cell.HasFormula)
        {
            Error(field, ImportRowTexts.Current.Formula);
            return null;
        }

        if (errorCells.Contains(cell.Address.ToString()!))
        {
            Error(field, ImportRowTexts.Current.ErrorValue);
            return null;
        }

        if (cell.IsEmpty())
        {
            return null;
        }

        try
        {
            // Read once as its type says: a value the type cannot hold (a date beyond the calendar) throws here, not later.
            _ = cell.DataType switch
            {
                XLDataType.Number => cell.GetDouble(),
                XLDataType.DateTime => cell.GetDateTime(),
                XLDataType.Boolean => cell.GetBoolean(),
                XLDataType.TimeSpan => cell.GetTimeSpan(),
                _ => (object)cell.GetString(),
            };
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or OverflowException or InvalidCastException)
        {
            Error(field, ImportRowTexts.Current.OutOfRange(cell.DataType.ToString().ToLowerInvariant()));
            return null;
        }

        return cell;
    }
}
