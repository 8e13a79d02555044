using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Fairtrade.Silo.Exports;

/// <summary>
/// Writes one sheet as an Excel table: a frozen header row with filters, real dates and numbers, widths set from
/// the content, and every text written as text, so a cell that begins with <c>=</c>, <c>+</c>, <c>-</c> or
/// <c>@</c> is never read as a formula. The rows are kept as the values given (which the caller holds anyway)
/// until <see cref="Finish"/>, because the column widths come before the rows in the file.
/// </summary>
internal sealed class SheetWriter
{
    private const int MaxWidth = 60;
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // Only their names are written; they are never changed, so one of each serves every cell.
    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly CellFormula FormulaElement = new();
    private static readonly OpenXmlAttribute SharedText = new("t", "", "s");

    private readonly WorkbookWriter _workbook;
    private readonly string _name;
    private readonly int _headerRow;
    private readonly string[] _headers;
    private readonly int[] _widths;
    private readonly List<(int Row, int Column, object Value, bool Bold)> _above = [];
    private readonly List<object?[]> _rows = [];

    internal SheetWriter(WorkbookWriter workbook, string name, string[] headers, int headerRow)
    {
        (_workbook, _name, _headers, _headerRow) = (workbook, name, headers, headerRow);
        _widths = [.. headers.Select(h => h.Length + 4)];
    }

    /// <summary>The rows written so far, headers included.</summary>
    public int LastRow => _headerRow + _rows.Count;

    /// <summary>A cell above the table, such as a fact and its label.</summary>
    public void Put(int row, int column, object value, bool bold = false)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, _headerRow);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(column, _headers.Length);
        _above.Add((row, column, value, bold));
        Widen(column, value);
    }

    /// <summary>The table's next row; returns its number.</summary>
    public int Add(params object?[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, _headers.Length);
        _rows.Add(values);
        for (var column = 0; column < values.Length; column++)
        {
            Widen(column + 1, values[column]);
        }

        return LastRow;
    }

    /// <summary>Writes the sheet: the rows as a table (with one empty row if there are none: a table needs a body), the header frozen.</summary>
    public void Finish(string tableName)
    {
        var range = $"A{_headerRow}:{ColumnName(_headers.Length)}{_headerRow + Math.Max(_rows.Count, 1)}";
        var table = new Table(
            new AutoFilter { Reference = range },
            new TableColumns(_headers.Select((header, i) => new TableColumn { Id = (uint)i + 1, Name = header })) { Count = (uint)_headers.Length },
            new TableStyleInfo { Name = "TableStyleMedium2", ShowRowStripes = true, ShowColumnStripes = false, ShowFirstColumn = false, ShowLastColumn = false })
        {
            Name = tableName, DisplayName = tableName, Reference = range, TotalsRowShown = false,
        };
        var (part, tableId) = _workbook.AddSheet(_name, table);

        using var xml = OpenXmlWriter.Create(part);
        xml.WriteStartElement(new Worksheet(), [], [new("r", RelationshipsNamespace)]);
        xml.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = _headerRow, TopLeftCell = $"A{_headerRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        {
            WorkbookViewId = 0,
        }));
        xml.WriteElement(new Columns(_widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })));
        xml.WriteStartElement(new SheetData());
        foreach (var row in _above.GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            StartRow(xml, row.Key);
            foreach (var cell in row.OrderBy(c => c.Column))
            {
                WriteCell(xml, row.Key, cell.Column, cell.Value, cell.Bold);
            }

            xml.WriteEndElement();
        }

        StartRow(xml, _headerRow);
        for (var column = 0; column < _headers.Length; column++)
        {
            WriteCell(xml, _headerRow, column + 1, _headers[column], bold: false);
        }

        xml.WriteEndElement();
        for (var i = 0; i < _rows.Count; i++)
        {
            var number = _headerRow + 1 + i;
            StartRow(xml, number);
            for (var column = 0; column < _headers.Length; column++)
            {
                WriteCell(xml, number, column + 1, _rows[i][column], bold: false);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteElement(new TableParts(new TablePart { Id = tableId }) { Count = 1 });
        xml.WriteEndElement();
    }

    private void Widen(int column, object? value) =>
        _widths[column - 1] = Math.Max(_widths[column - 1], Math.Min(MaxWidth, Shown(value) + 2));

    /// <summary>How many characters a value shows, for its column's width.</summary>
    private static int Shown(object? value) => value switch
    {
        null => 0,
        string text => text.Length,
        DateOnly => 10,
        DateTime => 16,
        int number => number.ToString(CultureInfo.InvariantCulture).Length,
        Formula => 6,
        _ => throw new ArgumentException($"No cell type for {value.GetType().Name}.", nameof(value)),
    };

    private static void StartRow(OpenXmlWriter xml, int number) =>
        xml.WriteStartElement(RowElement, [new OpenXmlAttribute("r", "", Number(number))]);

    /// <summary>Writes a value with its real type: text in the workbook's shared strings, dates as day numbers with a date format, our formulas as formulas.</summary>
    private void WriteCell(OpenXmlWriter xml, int row, int column, object? value, bool bold)
    {
        var reference = new OpenXmlAttribute("r", "", ColumnName(column) + Number(row));
        switch (value)
        {
            case null:
                return;
            case string text:
                Value(xml, bold ? [reference, Style(WorkbookStyles.Bold), SharedText] : [reference, SharedText], Number(_workbook.Text(text)));
                return;
            case DateOnly day:
                Value(xml, [reference, Style(WorkbookStyles.Day)], Number(day.DayNumber - SpreadsheetEpoch.DayNumber));
                return;
            case DateTime moment:
                Value(xml, [reference, Style(WorkbookStyles.Moment)], moment.ToOADate().ToString("R", CultureInfo.InvariantCulture));
                return;
            case int number:
                Value(xml, bold ? [reference, Style(WorkbookStyles.Bold)] : [reference], Number(number));
                return;
            case Formula formula:
                xml.WriteStartElement(CellElement, [reference]);
                xml.WriteStartElement(FormulaElement);
                xml.WriteString(formula.Text);
                xml.WriteEndElement();
                xml.WriteEndElement();
                return;
            default:
                throw new ArgumentException($"No cell type for {value.GetType().Name}.", nameof(value));
        }
    }

    private static void Value(OpenXmlWriter xml, OpenXmlAttribute[] attributes, string value)
    {
        xml.WriteStartElement(CellElement, attributes);
        xml.WriteStartElement(ValueElement);
        xml.WriteString(value);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Day zero of a spreadsheet's day numbers (so that 1900-03-01 is day 61, as in Excel).</summary>
    private static readonly DateOnly SpreadsheetEpoch = new(1899, 12, 30);

    private static OpenXmlAttribute Style(uint index) => new("s", "", Number((int)index));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The column's letters: 1 is A, 27 is AA.</summary>
    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + (column - 1) % 26) + name;
        }

        return name;
    }
}
