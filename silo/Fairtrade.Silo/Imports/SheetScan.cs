using System.Xml;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// One sheet's XML read as it unpacks, before the spreadsheet library sees it: no more rows, cells or columns than
/// an import takes, and which cells hold error values (the library reads those as empty).
/// </summary>
public static class SheetScan
{
    public const int MaxRows = 10_000;

    /// <summary>Cells in all sheets together, empty ones too: ten thousand rows of 25 columns. Bounds what the spreadsheet library holds in memory.</summary>
    public const int MaxCells = 250_000;

    /// <summary>Columns a list may use; the renewal workbook's widest sheet has 12.</summary>
    public const int MaxColumns = 200;

    /// <param name="cells">The count of cells so far, across sheets.</param>
    public static HashSet<string> ErrorCells(Stream sheet, string name, ref int cells)
    {
        var errors = new HashSet<string>(StringComparer.Ordinal);
        var rows = 0;
        var rowHasValue = false;
        using var reader = XmlReader.Create(sheet, WorkbookPackage.Settings);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WorkbookPackage.Main)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "row":
                        rows += rowHasValue ? 1 : 0;
                        rowHasValue = false;
                        if (rows > MaxRows || (int.TryParse(reader.GetAttribute("r"), out var number) && number > MaxRows + SheetTable.HeaderSearchRows))
                        {
                            throw new FieldException("file", $"The sheet '{WorkbookPackage.Printable(name)}' has more than {MaxRows:N0} rows; import at most {MaxRows:N0} rows at a time.");
                        }

                        break;
                    case "c":
                        // Every cell counts, empty ones too: the spreadsheet library holds each one it is given.
                        var reference = reader.GetAttribute("r");
                        if (++cells > MaxCells || ColumnOf(reference) > MaxColumns)
                        {
                            throw new FieldException("file", $"The workbook holds more than {MaxCells:N0} cells or a column beyond the {MaxColumns}th; import at most {MaxRows:N0} rows of a list at a time.");
                        }

                        if (reader.GetAttribute("t") == "e" && reference is not null)
                        {
                            errors.Add(reference);
                        }

                        break;
                    case "v" or "is" or "f":
                        rowHasValue = true;
                        break;
                }
            }
        }
        catch (XmlException)
        {
            throw WorkbookPackage.Damaged();
        }

        return errors;
    }

    /// <summary>The column number of a cell reference ("AB12" → 28); 0 when there is none.</summary>
    private static int ColumnOf(string? reference)
    {
        var column = 0;
        foreach (var c in reference ?? "")
        {
            if (c is < 'A' or > 'Z' || column > MaxColumns)
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column;
    }
}
