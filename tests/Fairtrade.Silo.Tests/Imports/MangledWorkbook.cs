using System.IO.Compression;
using ClosedXML.Excel;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>
/// An exported workbook and what to do to it: cells below the header and sheets changed with ClosedXML, header rows
/// changed in the XML, bytes of unpacked parts or of the whole file flipped.
/// </summary>
public sealed record MangledWorkbook(bool German, CellEdit[] Cells, SheetEdit[] Sheets, ByteFlip[] PartFlips, ByteFlip? FileFlip, bool DryRun)
{
    public byte[] Build(byte[] exported)
    {
        var edited = Headers(Edited(exported));
        foreach (var flip in PartFlips)
        {
            edited = SheetXml.FlipInPart(edited, flip);
        }

        if (FileFlip is { } file)
        {
            edited = [.. edited];
            edited[file.At % edited.Length] ^= file.Xor;
        }

        return edited;
    }

    public override string ToString() =>
        $"{(German ? "de" : "en")}, dryRun={DryRun}; cells: {string.Join("; ", Cells.Select(c => $"{c.Sheet}!R{c.Row}C{c.Column}={Shown(c.Value)}"))}; "
        + $"sheets: {string.Join("; ", Sheets)}; part flips: {string.Join("; ", PartFlips)}; file flip: {FileFlip}";

    private static string Shown(object value) => value switch
    {
        string { Length: > 40 } text => $"'{text[..10]}…' ({text.Length} chars)",
        string text => $"'{string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()))}'",
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// The edits of cells below the header and of sheets, made with ClosedXML. The header row is edited in the XML
    /// instead (<see cref="Headers"/>): ClosedXML 0.95.4 can recurse without end saving a table whose header it was
    /// made to change, which ends the whole test process.
    /// </summary>
    private byte[] Edited(byte[] exported)
    {
        var sheets = Sheets.Where(s => s.Change is not (SheetChange.ClearHeader or SheetChange.DuplicateHeader)).ToArray();
        var cells = Cells.Where(c => c.Row > 1).ToArray();
        if (cells.Length == 0 && sheets.Length == 0)
        {
            return exported;
        }

        try
        {
            return Workbooks.Edit(book =>
            {
                foreach (var edit in sheets)
                {
                    Apply(book, edit);
                }

                foreach (var edit in cells)
                {
                    Apply(book.Worksheet((edit.Sheet % book.Worksheets.Count) + 1).Cell(edit.Row, edit.Column), edit.Value);
                }
            }, exported);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException)
        {
            // An edit the spreadsheet library itself refuses to write: the export goes as it was.
            return exported;
        }
    }

    /// <summary>The edits of header rows, made in the sheets' XML: a header cell replaced, the header row cleared, a header copied to column N.</summary>
    private byte[] Headers(byte[] workbook)
    {
        var edits = Cells.Where(c => c.Row == 1).Select(c => (c.Sheet, Edit: (Func<string, string>)(xml => SheetXml.HeaderCell(xml, c.Column, c.Value))))
            .Concat(Sheets.Where(s => s.Change == SheetChange.ClearHeader).Select(s => (s.Sheet, Edit: (Func<string, string>)(xml => SheetXml.ClearHeader(xml)))))
            .Concat(Sheets.Where(s => s.Change == SheetChange.DuplicateHeader).Select(s => (s.Sheet, Edit: (Func<string, string>)(xml => SheetXml.DuplicateHeader(xml, s.Column)))))
            .ToArray();
        if (edits.Length == 0)
        {
            return workbook;
        }

        using var zip = new ZipArchive(new MemoryStream(workbook));
        var parts = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).Order().ToArray();
        foreach (var (sheet, edit) in edits)
        {
            workbook = Workbooks.EditPart(workbook, parts[sheet % parts.Length], edit);
        }

        return workbook;
    }

    private static void Apply(XLWorkbook book, SheetEdit edit)
    {
        if (book.Worksheets.Count == 0)
        {
            return;
        }

        var sheet = book.Worksheet((edit.Sheet % book.Worksheets.Count) + 1);
        switch (edit.Change)
        {
            case SheetChange.Delete when book.Worksheets.Count > 1:
                sheet.Delete();
                break;
            case SheetChange.Copy:
                sheet.CopyTo($"Copy {book.Worksheets.Count}");
                break;
            case SheetChange.DeleteColumn:
                sheet.Column(edit.Column).Delete();
                break;
            case SheetChange.InsertRowAbove:
                sheet.Row(1).InsertRowsAbove(1);
                break;
            case SheetChange.RenameToAnother:
                sheet.Name = book.Worksheet(((edit.Column + edit.Sheet) % book.Worksheets.Count) + 1).Name.ToUpperInvariant() + " ";
                break;
        }
    }

    private static void Apply(IXLCell cell, object value)
    {
        switch (value)
        {
            case Formula formula:
                cell.FormulaA1 = formula.A1;
                break;
            case DateTime day:
                cell.SetValue(day);
                break;
            case double number:
                cell.SetValue(number);
                break;
            case bool yes:
                cell.SetValue(yes);
                break;
            default:
                cell.SetValue((string)value);
                break;
        }
    }


}
