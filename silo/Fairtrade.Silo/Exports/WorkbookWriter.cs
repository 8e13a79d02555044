using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Fairtrade.Silo.Exports;

/// <summary>
/// Writes a workbook with the Open XML SDK, each sheet streamed row by row into its part (<see cref="SheetWriter"/>)
/// rather than built as a model of cells first: a town of a thousand participants makes tens of thousands of cells,
/// and a model of them costs far more memory than the rows themselves.
/// </summary>
internal sealed class WorkbookWriter
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");
    private static readonly OpenXmlAttribute Preserve = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
    private readonly WorkbookPart _workbook;
    private readonly Sheets _sheets = new();
    private readonly Dictionary<string, int> _textIndex = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];
    private int _textCells;
    private uint _tables;

    private WorkbookWriter(SpreadsheetDocument document)
    {
        _workbook = document.AddWorkbookPart();
        _workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Stylesheet();
    }

    /// <summary>The workbook that <paramref name="build"/> writes, as the bytes of an .xlsx file.</summary>
    public static byte[] Write(Action<WorkbookWriter> build)
    {
        using var content = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(content, SpreadsheetDocumentType.Workbook))
        {
            var writer = new WorkbookWriter(document);
            build(writer);
            writer.Complete();
        }

        return content.ToArray();
    }

    /// <summary>A new sheet; it joins the workbook when it is finished.</summary>
    public SheetWriter Sheet(string name, IReadOnlyList<string> headers, int headerRow = 1) => new(this, name, [.. headers], headerRow);

    /// <summary>Adds a sheet's part and its table's part; the caller writes the sheet's content into the part, with the table's relationship.</summary>
    internal (WorksheetPart Part, string TableId) AddSheet(string name, Table table)
    {
        var part = _workbook.AddNewPart<WorksheetPart>();
        table.Id = ++_tables;
        var tablePart = part.AddNewPart<TableDefinitionPart>();
        tablePart.Table = table;
        _sheets.Append(new Sheet { Name = name, SheetId = (uint)_sheets.ChildElements.Count + 1, Id = _workbook.GetIdOfPart(part) });
        return (part, part.GetIdOfPart(tablePart));
    }

    /// <summary>The text's place in the workbook's shared strings, where each text is stored once.</summary>
    internal int Text(string text)
    {
        _textCells++;
        if (!_textIndex.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _textIndex.Add(text, index);
            _texts.Add(text);
        }

        return index;
    }

    /// <summary>A whole number as the file writes it, whatever the culture.</summary>
    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void Complete()
    {
        WriteSharedStrings();
        // Excel and LibreOffice calculate the formulas when the file is opened: none has a stored result.
        _workbook.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            _sheets,
            new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
    }

    private void WriteSharedStrings()
    {
        var item = new SharedStringItem();
        var text = new Text();
        using var xml = OpenXmlWriter.Create(_workbook.AddNewPart<SharedStringTablePart>());
        xml.WriteStartElement(new SharedStringTable(), [new("count", "", Number(_textCells)), new("uniqueCount", "", Number(_texts.Count))]);
        foreach (var value in _texts)
        {
            var escaped = Escaped(value);
            xml.WriteStartElement(item);
            xml.WriteStartElement(text, escaped.Trim().Length == escaped.Length ? [] : [Preserve]);
            xml.WriteString(escaped);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// Text as the format stores it: characters that XML cannot hold (control characters, which the API accepts)
    /// become <c>_xHHHH_</c>, and so does a carriage return, which XML would turn into a line feed; text that already
    /// reads like such an escape has its underscore escaped, as Excel does, so that programs show what was typed.
    /// </summary>
    private static string Escaped(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal) && text.All(c => XmlConvert.IsXmlChar(c) && c != '\r'))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (!XmlConvert.IsXmlChar(c) || c == '\r' || (c == '_' && LooksEscaped(text, i)))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool LooksEscaped(string text, int at) =>
        at + 6 < text.Length && text[at + 1] == 'x' && text[at + 6] == '_' && !text.AsSpan(at + 2, 4).ContainsAnyExcept(HexDigits);
}
