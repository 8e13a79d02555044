using System.IO.Compression;
using System.Text;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>Files made to hurt an import: each builds the bytes of one hostile upload, named as the suite lists it.</summary>
public static class HostileWorkbooks
{
    private const string Entities = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    private static readonly string BillionLaughs = "<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">"
        + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">")) + "]>";

    public static byte[] Build(string name) => name switch
    {
        "external entity in a sheet" => Shop().Edit("xl/worksheets/sheet1.xml", xml => WithDoctype(xml, Entities).Replace("<t>Weltladen</t>", "<t>&xxe;</t>")).ToBytes(),
        "external entity in the shared strings" => SharedName(Entities, "&xxe;"),
        "billion laughs in the shared strings" => SharedName(BillionLaughs, "&lol9;"),
        "zip bomb" => Shop().Set("xl/worksheets/sheet1.xml", Spaces(200), CompressionLevel.SmallestSize).ToBytes(),
        "zip bomb over a hundred parts" => Enumerable.Range(1, 100).Aggregate(Shop(), (book, i) => book.Set($"docProps/pad{i}.xml", Spaces(1), CompressionLevel.SmallestSize)).ToBytes(),
        "a million empty rows" => Shop().Set("xl/worksheets/sheet1.xml", HandMadeWorkbook.SheetXml(string.Concat(Enumerable.Repeat("<row/>", 1_000_000)))).ToBytes(),
        "a million empty cells in one row" => Shop().Set("xl/worksheets/sheet1.xml", HandMadeWorkbook.SheetXml($"<row>{string.Concat(Enumerable.Repeat("<c/>", 1_000_000))}</row>")).ToBytes(),
        "XML nested a million deep" => Shop().Set("xl/worksheets/sheet1.xml", HandMadeWorkbook.SheetXml(
            string.Concat(Enumerable.Repeat("<x>", 1_000_000)) + string.Concat(Enumerable.Repeat("</x>", 1_000_000)))).ToBytes(),
        "three million shared strings" => Shop().WithSharedStrings().Edit("xl/sharedStrings.xml", xml => xml.Replace("</sst>", string.Concat(Enumerable.Repeat("<si/>", 3_000_000)) + "</sst>")).ToBytes(),
        "a hundred thousand hyperlinks" => Shop().Edit("xl/worksheets/sheet1.xml", xml => xml.Replace("</sheetData>",
            "</sheetData><hyperlinks>" + string.Concat(Enumerable.Range(1, 100_000).Select(i => $"<hyperlink ref=\"C{i}\" location=\"Liste!A1\"/>")) + "</hyperlinks>")).ToBytes(),
        "a validation rule over a hundred thousand ranges" => Shop().Edit("xl/worksheets/sheet1.xml", xml => xml.Replace("</sheetData>",
            $"</sheetData><dataValidations count=\"1\"><dataValidation type=\"list\" sqref=\"{string.Join(' ', Enumerable.Range(1, 100_000).Select(i => $"D{i}"))}\"><formula1>\"a,b\"</formula1></dataValidation></dataValidations>")).ToBytes(),
        "formulas in every cell" => Workbooks.Edit(book =>
        {
            var list = book.AddWorksheet("Liste");
            list.Cell(1, 1).SetValue("Name");
            list.Cell(1, 2).SetValue("Art");
            for (var row = 2; row <= 301; row++)
            {
                list.Cell(row, 1).FormulaA1 = "WEBSERVICE(\"http://127.0.0.1:9/\")&A" + row;
                list.Cell(row, 2).FormulaA1 = "\"Einzel\"&\"handel\"";
            }
        }),
        "external links" => Shop()
            .Set("xl/externalLinks/externalLink1.xml", "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><externalBook/></externalLink>")
            .Override("xl/externalLinks/externalLink1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml")
            .Edit("xl/_rels/workbook.xml.rels", xml => xml.Replace("</Relationships>",
                $"<Relationship Id=\"rId9\" Type=\"{HandMadeWorkbook.Relationships}/externalLink\" Target=\"externalLinks/externalLink1.xml\"/></Relationships>")).ToBytes(),
        "an external link hidden under another name" => Shop()
            .Set("xl/links.xml", "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><externalBook/></externalLink>")
            .Edit("xl/_rels/workbook.xml.rels", xml => xml.Replace("</Relationships>",
                $"<Relationship Id=\"rId9\" Type=\"{HandMadeWorkbook.Relationships}/externalLink\" Target=\"links.xml\"/></Relationships>")).ToBytes(),
        "macros in an .xlsm renamed .xlsx" => Shop().Set("xl/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]])
            .Edit("[Content_Types].xml", xml => xml.Replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .Replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")).ToBytes(),
        "a macro part under a plain content type" => Shop().Set("xl/vbaProject.bin", new byte[512]).ToBytes(),
        "a path-traversal entry name" => Shop().Add("../../../../tmp/fairtrade-evil.xml", "<x/>").ToBytes(),
        "a backslash entry name" => Shop().Add("xl\\worksheets\\sheet2.xml", "<x/>").ToBytes(),
        "a sheet name of a megabyte" => Shop().Edit("xl/workbook.xml", xml => xml.Replace("name=\"Liste\"", $"name=\"{new string('L', 1024 * 1024)}\"")).ToBytes(),
        "a central directory that miscounts its entries" => Miscounted(Shop().ToBytes()),
        "not a zip" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes("not a workbook at all")],
        "a zip that is no workbook" => Zip(("readme.txt", "hello")),
        "an empty body" => [],
        "an encrypted workbook" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]],
        "CSV renamed .xlsx" => Encoding.UTF8.GetBytes("Name;Art\r\nWeltladen;Einzelhandel\r\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static HandMadeWorkbook Shop() => HandMadeWorkbook.List(["Weltladen", "Einzelhandel"]);

    private static byte[] SharedName(string doctype, string text) => Shop().WithSharedStrings("Weltladen")
        .Edit("xl/sharedStrings.xml", xml => WithDoctype(xml, doctype).Replace("<t>Weltladen</t>", $"<t>{text}</t>"))
        .Edit("xl/worksheets/sheet1.xml", xml => xml.Replace("<c r=\"A2\" t=\"inlineStr\"><is><t>Weltladen</t></is></c>", "<c r=\"A2\" t=\"s\"><v>0</v></c>"))
        .ToBytes();

    private static string WithDoctype(string xml, string doctype)
    {
        var declarationEnd = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
        return xml[..declarationEnd] + doctype + xml[declarationEnd..];
    }

    /// <summary>A sheet padded with <paramref name="mebibytes"/> MiB of spaces, which pack to almost nothing.</summary>
    private static string Spaces(int mebibytes) => HandMadeWorkbook.SheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>") + new string(' ', mebibytes * 1024 * 1024);

    /// <summary>The zip with its end-of-central-directory record claiming one entry more than it lists (found by the fuzz run: it was a 500).</summary>
    private static byte[] Miscounted(byte[] zip)
    {
        var end = zip.AsSpan().LastIndexOf([(byte)0x50, (byte)0x4B, (byte)0x05, (byte)0x06]);
        zip[end + 8]++;
        zip[end + 10]++;
        return zip;
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return package.ToArray();
    }
}
