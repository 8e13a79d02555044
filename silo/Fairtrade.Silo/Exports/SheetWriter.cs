using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Fairtrade.Silo.Exports;

/// <summary>
/// One sheet as an Excel table: a frozen header row with filters, and widths set from the content. Its cells wait
/// (as <see cref="SheetCell"/>s) until <see cref="Finish"/>, because the column widths come before the rows in the
/// file; then the sheet is added to the workbook and written row by row.
/// </summary>
internal sealed class SheetWriter
{
    private const int MaxWidth = 60;
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly Row RowElement = new();

    private readonly WorkbookWriter _workbook;
    private readonly string _name;
    private readonly int _headerRow;
    private readonly string[] _headers;
    private readonly int[] _widths;
    private readonly List<(int Row, int Column, SheetCell Cell)> _above = [];
    private readonly List<SheetCell?[]> _rows = [];

    internal SheetWriter(WorkbookWriter workbook, string name, string[] headers, int headerRow)
    {
        // A table's column names are its header cells, unique whatever their case; Excel repairs a file otherwise.
        if (headers.Distinct(StringComparer.OrdinalIgnoreCase).Count() != headers.Length || headers.Any(h => h.Length == 0 || h.Any(char.IsControl)))
        {
            throw new ArgumentException($"The headers of '{name}' must be distinct, not empty and without control characters.", nameof(headers));
        }

        (_workbook, _name, _headers, _headerRow) = (workbook, name, headers, headerRow);
        _widths = [.. headers.Select(h => h.Length + 4)];
    }

    /// <summary>The number of the row that <see cref="Add"/> adds next, for formulas that refer to their own row.</summary>
    public int NextRow => _headerRow + _rows.Count + 1;

    /// <summary>A value above the table, such as a fact beside its <see cref="Label"/>.</summary>
    public void Put(int row, int column, object? value)
    {
        if (SheetCell.From(value, _workbook) is { } cell)
        {
            Above(row, column, cell);
        }
    }

    /// <summary>A label in bold above the table.</summary>
    public void Label(int row, int column, string text) => Above(row, column, SheetCell.Label(text, _workbook));

    /// <summary>The table's next row, one value per header.</summary>
    public void Add(params object?[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, _headers.Length);
        var cells = new SheetCell?[values.Length];
        for (var column = 0; column < values.Length; column++)
        {
            cells[column] = SheetCell.From(values[column], _workbook);
            Widen(column + 1, cells[column]);
        }

        _rows.Add(cells);
    }

    /// <summary>Adds the sheet to the workbook, after those finished before it: the rows as a table (with one empty row if there are none: a table needs a body), the header frozen.</summary>
    public void Finish(string tableName)
    {
        var range = $"A{_headerRow}:{ColumnName(_headers.Length)}{_headerRow + Math.Max(_rows.Count, 1)}";
        var table = new Table(
            new AutoFilter { Reference = range },
            new TableColumns(_headers.Select((header, i) => new TableColumn { Id = (uint)i + 1, Name = header, DataFormatId = ColumnFormat(i) }))
            {
                Count = (uint)_headers.Length,
            },
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
            WriteRow(xml, row.Key, row.OrderBy(c => c.Column).Select(c => (c.Column, (SheetCell?)c.Cell)));
        }

        WriteRow(xml, _headerRow, _headers.Select((header, i) => (i + 1, SheetCell.From(header, _workbook))));
        for (var i = 0; i < _rows.Count; i++)
        {
            WriteRow(xml, _headerRow + 1 + i, _rows[i].Select((cell, column) => (column + 1, cell)));
        }

        xml.WriteEndElement();
        xml.WriteElement(new TableParts(new TablePart { Id = tableId }) { Count = 1 });
        xml.WriteEndElement();
    }

    private void Above(int row, int column, SheetCell cell)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, _headerRow);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(column, _headers.Length);
        _above.Add((row, column, cell));
        Widen(column, cell);
    }

    /// <summary>The format for rows added in Excel, where the column's cells are all dates or all moments.</summary>
    private uint? ColumnFormat(int column) =>
        _rows.Select(row => row[column]).OfType<SheetCell>().Select(cell => cell.Style).Distinct().ToArray() is [var style]
            ? WorkbookStyles.ColumnFormat(style) : null;

    private void Widen(int column, SheetCell? cell) =>
        _widths[column - 1] = Math.Max(_widths[column - 1], Math.Min(MaxWidth, (cell?.Width ?? 0) + 2));

    private static void WriteRow(OpenXmlWriter xml, int number, IEnumerable<(int Column, SheetCell? Cell)> cells)
    {
        var row = WorkbookWriter.Number(number);
        xml.WriteStartElement(RowElement, [new OpenXmlAttribute("r", "", row)]);
        foreach (var (column, cell) in cells)
        {
            cell?.WriteTo(xml, ColumnName(column) + row);
        }

        xml.WriteEndElement();
    }

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
