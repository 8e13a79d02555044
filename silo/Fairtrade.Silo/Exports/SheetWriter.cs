using ClosedXML.Excel;

namespace Fairtrade.Silo.Exports;

/// <summary>
/// Writes one sheet as an Excel table: a frozen header row with filters, real dates and numbers, widths set from
/// the content, and every text written as text, so a cell that begins with <c>=</c>, <c>+</c>, <c>-</c> or
/// <c>@</c> is never read as a formula.
/// </summary>
internal sealed class SheetWriter
{
    private const int MaxWidth = 60;
    private readonly IXLWorksheet _sheet;
    private readonly int _headerRow;
    private readonly string[] _headers;
    private readonly int[] _widths;
    private int _row;

    private SheetWriter(IXLWorksheet sheet, int headerRow, string[] headers)
    {
        (_sheet, _headerRow, _headers, _row) = (sheet, headerRow, headers, headerRow);
        _widths = [.. headers.Select(h => h.Length + 4)];
    }

    /// <summary>The rows written so far, headers included.</summary>
    public int LastRow => _row;

    public static SheetWriter Start(IXLWorksheet sheet, string[] headers, int headerRow = 1)
    {
        var writer = new SheetWriter(sheet, headerRow, headers);
        for (var column = 0; column < headers.Length; column++)
        {
            Put(sheet.Cell(headerRow, column + 1), headers[column]);
        }

        return writer;
    }

    public int Add(params object?[] values)
    {
        _row++;
        for (var column = 0; column < values.Length; column++)
        {
            var shown = Put(_sheet.Cell(_row, column + 1), values[column]);
            _widths[column] = Math.Max(_widths[column], Math.Min(MaxWidth, shown + 2));
        }

        return _row;
    }

    /// <summary>Turns the rows into a table (with one empty row if there are none: a table needs a body) and sets the view.</summary>
    public void Finish(string tableName)
    {
        var last = Math.Max(_row, _headerRow + 1);
        _sheet.Range(_headerRow, 1, last, _headers.Length).CreateTable(tableName);
        _sheet.SheetView.FreezeRows(_headerRow);
        for (var column = 0; column < _headers.Length; column++)
        {
            _sheet.Column(column + 1).Width = _widths[column];
        }
    }

    /// <summary>Writes a value with its real type; returns how many characters it shows, for the column width.</summary>
    public static int Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case string text:
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                return text.Length;
            case DateOnly day:
                cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = "yyyy-mm-dd";
                return 10;
            case DateTime moment:
                cell.SetValue(moment);
                cell.Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
                return 16;
            case int number:
                cell.SetValue(number);
                return number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            case Formula formula:
                cell.FormulaA1 = formula.Text;
                return 6;
            default:
                throw new ArgumentException($"No cell type for {value.GetType().Name}.", nameof(value));
        }
    }
}

/// <summary>A formula we wrote ourselves (never text from users), to tell it from text that only looks like one.</summary>
internal sealed record Formula(string Text);
