using System.IO.Compression;
using System.Security;
using System.Text;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>
/// A workbook put together part by part with System.IO.Compression, for packages no spreadsheet program writes: by
/// default the smallest .xlsx ClosedXML reads, one sheet 'Liste' whose cells are inline strings.
/// </summary>
public sealed class HandMadeWorkbook
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string WorksheetType = Relationships + "/worksheet";
    public const string WorksheetContent = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly List<(string Name, byte[] Content, CompressionLevel Level)> _entries = [];

    /// <summary>The sheet 'Liste' with a header row (Name, Art) and <paramref name="rows"/> below it.</summary>
    public static HandMadeWorkbook List(params string[][] rows) => new HandMadeWorkbook()
        .Set("[Content_Types].xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="{WorksheetContent}"/>
            </Types>
            """)
        .Set("_rels/.rels", Rels(("rId1", Relationships + "/officeDocument", "xl/workbook.xml")))
        .Set("xl/workbook.xml", WorkbookXml(("Liste", "rId1")))
        .Set("xl/_rels/workbook.xml.rels", Rels(("rId1", WorksheetType, "worksheets/sheet1.xml")))
        .Set("xl/worksheets/sheet1.xml", Sheet([["Name", "Art"], .. rows]));

    /// <summary>A sheet of inline strings, row by row from row 1.</summary>
    public static string Sheet(IEnumerable<string[]> rows, string ns = Main)
    {
        var data = new StringBuilder();
        var number = 0;
        foreach (var row in rows)
        {
            number++;
            data.Append($"<row r=\"{number}\">");
            for (var c = 0; c < row.Length; c++)
            {
                data.Append($"<c r=\"{(char)('A' + c)}{number}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(row[c])}</t></is></c>");
            }

            data.Append("</row>");
        }

        return SheetXml(data.ToString(), ns);
    }

    /// <summary>A sheet whose <c>sheetData</c> is <paramref name="sheetData"/> as written.</summary>
    public static string SheetXml(string sheetData, string ns = Main) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{ns}\"><sheetData>{sheetData}</sheetData></worksheet>";

    /// <summary>A sheet of <paramref name="count"/> shops under the header, more than an import takes when above 10,000.</summary>
    public static string ManyRows(int count) => Sheet([["Name", "Art"], .. Enumerable.Range(1, count).Select(i => new[] { $"Shop {i}", "Einzelhandel" })]);

    public static string Rels(params (string Id, string Type, string Target)[] relationships) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{PackageRelationships}\">"
        + string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{r.Type}\" Target=\"{r.Target}\"/>")) + "</Relationships>";

    public static string WorkbookXml(params (string Name, string Id)[] sheets) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets>"
        + string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\" r:id=\"{s.Id}\"/>")) + "</sheets></workbook>";

    /// <summary>Adds the shared strings part with <paramref name="strings"/>, which cells refer to by index (<c>t="s"</c>).</summary>
    public HandMadeWorkbook WithSharedStrings(params string[] strings) => this
        .Set("xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\" count=\"{strings.Length}\" uniqueCount=\"{strings.Length}\">"
            + string.Concat(strings.Select(s => $"<si><t>{SecurityElement.Escape(s)}</t></si>")) + "</sst>")
        .Override("xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")
        .Edit("xl/_rels/workbook.xml.rels", xml => xml.Replace("</Relationships>",
            $"<Relationship Id=\"rIdStrings\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));

    /// <summary>Sets a part (replacing one of the same name), compressed as Excel would.</summary>
    public HandMadeWorkbook Set(string name, string content, CompressionLevel level = CompressionLevel.Optimal) => Set(name, Encoding.UTF8.GetBytes(content), level);

    public HandMadeWorkbook Set(string name, byte[] content, CompressionLevel level = CompressionLevel.Optimal)
    {
        _entries.RemoveAll(e => e.Name == name);
        _entries.Add((name, content, level));
        return this;
    }

    /// <summary>Adds an entry even when one of the same or a similar name is there already.</summary>
    public HandMadeWorkbook Add(string name, string content)
    {
        _entries.Add((name, Encoding.UTF8.GetBytes(content), CompressionLevel.Optimal));
        return this;
    }

    public HandMadeWorkbook Edit(string name, Func<string, string> edit) => Set(name, edit(Text(name)));

    /// <summary>Moves a part to another name, its content type with it.</summary>
    public HandMadeWorkbook Rename(string from, string to)
    {
        var content = _entries.Single(e => e.Name == from).Content;
        _entries.RemoveAll(e => e.Name == from);
        return Set(to, content).Edit("[Content_Types].xml", xml => xml.Replace($"\"/{from}\"", $"\"/{to}\""));
    }

    /// <summary>Declares a part's content type.</summary>
    public HandMadeWorkbook Override(string part, string contentType) =>
        Edit("[Content_Types].xml", xml => xml.Replace("</Types>", $"<Override PartName=\"/{part}\" ContentType=\"{contentType}\"/></Types>"));

    public string Text(string name) => Encoding.UTF8.GetString(_entries.Single(e => e.Name == name).Content);

    public byte[] ToBytes()
    {
        using var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, level) in _entries)
            {
                using var part = zip.CreateEntry(name, level).Open();
                part.Write(content);
            }
        }

        return package.ToArray();
    }
}
