using ClosedXML.Excel;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// An imported sheet as a table: the header row (the first of the top rows that names a column the sheet needs),
/// the fields its columns hold, and the rows below it.
/// </summary>
public sealed class SheetTable
{
    public const int HeaderSearchRows = 20;
    private readonly IXLWorksheet _sheet;
    private readonly int _headerRow;
    private readonly Dictionary<ImportField, SheetColumn> _columns;
    private readonly ISet<string> _errorCells;
    private readonly ImportErrors _errors;

    private SheetTable(IXLWorksheet sheet, int headerRow, Dictionary<ImportField, SheetColumn> columns, ISet<string> errorCells, ImportErrors errors) =>
        (_sheet, _headerRow, _columns, _errorCells, _errors) = (sheet, headerRow, columns, errorCells, errors);

    /// <summary>The sheet as a table of <paramref name="kind"/>; null (with the reason among the errors) when a needed column is missing.</summary>
    public static SheetTable? Read(IXLWorksheet sheet, SheetKind kind, ISet<string> errorCells, ImportErrors errors)
    {
        var required = ImportColumns.Required(kind);
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        for (var row = 1; row <= HeaderSearchRows; row++)
        {
            var columns = new Dictionary<ImportField, SheetColumn>();
            for (var column = 1; column <= lastColumn; column++)
            {
                var cell = sheet.Cell(row, column);
                if (cell.DataType != XLDataType.Text || cell.HasFormula || ImportColumns.FieldOf(kind, cell.GetString()) is not { } field || field == ImportField.Derived)
                {
                    continue;
                }

                if (!columns.TryAdd(field, new SheetColumn(column, cell.GetString().Trim())))
                {
                    errors.Add(new ImportError(ImportText.Printable(sheet.Name), row, cell.GetString().Trim(),
                        ImportRowTexts.Current.SecondColumn(ImportColumns.Describe(kind, field))));
                }
            }

            if (columns.Count == 0)
            {
                continue;
            }

            var missing = required.Where(f => !columns.ContainsKey(f)).ToArray();
            if (missing.Length > 0)
            {
                errors.Add(new ImportError(ImportText.Printable(sheet.Name), row, null,
                    ImportRowTexts.Current.NoColumn(string.Join(", ", missing.Select(f => $"'{ImportColumns.Describe(kind, f)}'")))));
                return null;
            }

            return new SheetTable(sheet, row, columns, errorCells, errors);
        }

        errors.Add(new ImportError(ImportText.Printable(sheet.Name), null, null,
            ImportRowTexts.Current.NoHeaderRow(HeaderSearchRows, string.Join(", ", required.Select(f => $"'{ImportColumns.Describe(kind, f)}'")))));
        return null;
    }

    /// <summary>The rows below the header that hold anything in a column the import reads.</summary>
    public IEnumerable<ImportRow> Rows
    {
        get
        {
            foreach (var used in _sheet.RowsUsed().Where(r => r.RowNumber() > _headerRow))
            {
                var read = new ImportRow(_sheet, used.RowNumber(), _columns, _errorCells, _errors);
                if (!read.IsEmpty)
                {
                    yield return read;
                }
            }
        }
    }

    /// <summary>One cell outside the table (the council's resolution date beside its label), read as a field.</summary>
    public static ImportRow Cell(IXLWorksheet sheet, int row, int column, ImportField field, string header, ISet<string> errorCells, ImportErrors errors) =>
        new(sheet, row, new Dictionary<ImportField, SheetColumn> { [field] = new(column, header) }, errorCells, errors);
}
