using System.Globalization;
using System.Xml;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// Sheets' XML read as it unpacks, before the spreadsheet library sees it: no more rows, cells or columns than an
/// import takes, no cell longer than Excel allows (such a cell is an error at its place, never read), and which cells
/// hold error values (the library reads those as empty). Any other XML part of the package is counted the same way,
/// so cells the library might find elsewhere count too.
/// </summary>
public sealed class SheetScan(PackageTally tally, IReadOnlyList<int> sharedStrings, ImportErrors errors)
{
    public const int MaxRows = 10_000;

    /// <summary>Columns a list may use; the renewal workbook's widest sheet has 12.</summary>
    public const int MaxColumns = 200;

    private const string Transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const int MaxRowNumber = MaxRows + SheetTable.HeaderSearchRows;
    private static readonly HashSet<string> Features = ["hyperlink", "mergeCell", "dataValidation", "conditionalFormatting", "comment", "protectedRange"];
    private readonly char[] _chunk = new char[4096];

    /// <summary>Whether the node is in SpreadsheetML, transitional or strict (the library reads both).</summary>
    public static bool IsSpreadsheet(XmlReader node) => node.NamespaceURI is Transitional or Strict;

    /// <param name="name">The sheet's name, or the part's for a part that is no sheet.</param>
    /// <returns>The references of cells that hold an error value (<c>#N/A</c>, <c>#DIV/0!</c>…).</returns>
    public HashSet<string> Read(PackageParts package, string part, string name)
    {
        var errorCells = new HashSet<string>(StringComparer.Ordinal);
        var (rows, rowElements, rowNumber, column, rowHasValue) = (0, 0, 0, 0, false);
        ScannedCell? cell = null;
        foreach (var node in package.Xml(part))
        {
            if (node.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace && cell is { InText: true })
            {
                cell.Length += Length(node, _chunk, cell);
                continue;
            }

            if (!IsSpreadsheet(node))
            {
                continue;
            }

            if (node.NodeType == XmlNodeType.EndElement)
            {
                cell = node.LocalName == "c" ? Finish(cell, name) : cell;
                cell?.InText = false;
                continue;
            }

            if (node.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (node.LocalName)
            {
                case "row":
                    rows += rowHasValue ? 1 : 0;
                    rowHasValue = false;
                    rowNumber = int.TryParse(node.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : rowNumber + 1;
                    column = 0;
                    if (rows > MaxRows || ++rowElements > MaxRowNumber || rowNumber > MaxRowNumber)
                    {
                        throw RefusedException.ForField("file", ImportProblemTexts.Current.TooManyRows(ImportText.Quote(name), MaxRows));
                    }

                    break;
                case "c":
                    tally.Cell();
                    var (referencedColumn, referencedRow) = Reference(node.GetAttribute("r"));
                    column = referencedColumn > 0 ? referencedColumn : column + 1;
                    if (column > MaxColumns || referencedRow > MaxRowNumber)
                    {
                        throw PackageTally.CellsOrColumns();
                    }

                    cell = new ScannedCell(referencedRow > 0 ? referencedRow : rowNumber, column, node.GetAttribute("t"));
                    if (cell.Type == "e")
                    {
                        errorCells.Add(cell.Reference);
                    }

                    cell = node.IsEmptyElement ? Finish(cell, name) : cell;
                    break;
                case "v" or "is" or "f" or "t":
                    rowHasValue |= node.LocalName != "t";
                    if (cell is not null && node.LocalName != "is")
                    {
                        cell.InText = !node.IsEmptyElement;
                        cell.InValue = node.LocalName == "v";
                    }

                    break;
                default:
                    var sqref = node.GetAttribute("sqref");
                    if (Features.Contains(node.LocalName) || sqref is not null)
                    {
                        tally.Features(sqref is null ? 1 : sqref.Count(c => c == ' ') + 1);
                    }

                    break;
            }
        }

        return errorCells;
    }

    /// <summary>Counts a cell's text and reports it when longer than a cell may be; a shared string counts at each cell that shows it.</summary>
    private ScannedCell? Finish(ScannedCell? cell, string name)
    {
        if (cell is null)
        {
            return null;
        }

        var length = cell.Type == "s"
            ? int.TryParse(cell.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count ? sharedStrings[index] : 0
            : cell.Length;
        if (length > ImportText.MaxCellLength)
        {
            // Reported, and never read: the workbook goes no further.
            errors.Add(new ImportError(ImportText.Quote(name), cell.Row, ScannedCell.Letters(cell.Column),
                ImportRowTexts.Current.CellTooLong(length, ImportText.MaxCellLength)));
        }
        else
        {
            tally.Text(length);
        }

        return null;
    }

    /// <summary>The length of a text node, read in chunks so a long one is never held whole; the first characters of a cell's value are kept.</summary>
    public static int Length(XmlReader node, char[] chunk, ScannedCell? cell = null)
    {
        var length = 0;
        int read;
        while ((read = node.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
        {
            if (cell is { InValue: true } && cell.Value.Length < 16)
            {
                cell.Value += new string(chunk, 0, Math.Min(read, 16));
            }

            length += read;
        }

        return length;
    }

    /// <summary>The column and row of a cell reference ("AB12" → 28, 12); 0 for what it does not say.</summary>
    private static (int Column, int Row) Reference(string? reference)
    {
        var (column, row) = (0, 0);
        foreach (var c in reference ?? "")
        {
            if (char.IsAsciiLetter(c) && row == 0 && column <= MaxColumns)
            {
                column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            }
            else if (char.IsAsciiDigit(c) && row <= MaxRowNumber)
            {
                row = (row * 10) + (c - '0');
            }
        }

        return (column, row);
    }
}
