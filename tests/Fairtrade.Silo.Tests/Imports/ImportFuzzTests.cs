using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Security;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CsCheck;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>
/// The renewal workbook, exported and then mangled at random (cell values, sheets and columns, bytes of its parts),
/// posted to the import: whatever arrives, the answer is one the contract knows and never a server error. Runs for
/// <c>FAIRTRADE_FUZZ_SECONDS</c> (20 by default); a failure prints the seed, which <c>CsCheck_Seed=…</c> replays.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ImportFuzzTests(AppFixture fixture)
{
    private static readonly HttpStatusCode[] Answers =
    [
        HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.UnprocessableEntity,
    ];

    private static readonly Gen<object> Values = Gen.OneOf<object>(
        Gen.String[0, 40].Select(s => (object)s),
        Gen.Int[1, 40_000].Select(n => (object)new string('x', n)),
        Gen.Char['\0', '\u001f'].Array[1, 4].Select(c => (object)$"Welt{new string(c)}laden"),
        Gen.OneOfConst("1+1", "A1", "WEBSERVICE(\"http://127.0.0.1:9/\")", "1/0", "INDIRECT(\"A1\")", "REPT(\"x\",32767)").Select(f => (object)new Formula(f)),
        Gen.DateTime.Select(d => (object)d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Gen.DateTime[new DateTime(1900, 3, 1), new DateTime(2100, 1, 1)].Select(d => (object)d.Date),
        Gen.Double.Select(d => (object)d.ToString(CultureInfo.InvariantCulture)),
        Gen.Double[-1e9, 1e9].Select(d => (object)d),
        Gen.Bool.Select(b => (object)b),
        Gen.OneOfConst<object>("", " ", "ja", "nein", "retail", "Einzelhandel", "civil-society", "#N/A", "Retail", "Steering group"));

    private static readonly Gen<CellEdit> CellEdits = Gen.Select(Gen.Int[0, 8], Gen.Int[1, 12], Gen.Int[1, 14], Values, (s, r, c, v) => new CellEdit(s, r, c, v));

    private static readonly Gen<SheetEdit> SheetEdits = Gen.Select(Gen.Int[0, 8], Gen.Enum<SheetChange>(), Gen.Int[1, 13], (s, change, c) => new SheetEdit(s, change, c));

    private static readonly Gen<ByteFlip> Flips = Gen.Select(Gen.Int[0, 40], Gen.Int[0, int.MaxValue], Gen.Byte[1, 255], (p, at, x) => new ByteFlip(p, at, x));

    private static readonly Gen<FuzzCase> Cases = Gen.Select(
        Gen.Bool, CellEdits.Array[0, 8], SheetEdits.Array[0, 3],
        Gen.Frequency((4, Gen.Const(Array.Empty<ByteFlip>())), (1, Flips.Array[1, 3])),
        Gen.Frequency((9, Gen.Const((ByteFlip?)null)), (1, Flips.Select(f => (ByteFlip?)f))),
        Gen.Frequency((4, Gen.Const(true)), (1, Gen.Const(false))),
        (german, cells, sheets, partFlips, fileFlip, dryRun) => new FuzzCase(german, cells, sheets, partFlips, fileFlip, dryRun));

    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task AMangledWorkbookIsAlwaysAnsweredAsTheContractSays()
    {
        var slug = Api.NewSlug("fuzz");
        await _admin.BuildAllButTheLastShopAsync(slug);
        var exported = new Dictionary<bool, byte[]> { [true] = await _admin.ExportAsync(slug, "de"), [false] = await _admin.ExportAsync(slug, "en") };
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("FAIRTRADE_FUZZ_SECONDS"), out var s) ? s : 20;

        var answered = new ConcurrentDictionary<HttpStatusCode, int>();
        var output = TestContext.Current.TestOutputHelper;

        await Cases.SampleAsync(async fuzz =>
        {
            var (status, body) = await _admin.ImportAsync(slug, fuzz.Build(exported[fuzz.German]), fuzz.DryRun);
            answered.AddOrUpdate(status, 1, (_, n) => n + 1);

            status.ShouldBeOneOf(Answers, body.ToJsonString()[..Math.Min(2_000, body.ToJsonString().Length)]);
            if (status is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity)
            {
                body["errors"]!.AsArray().Count.ShouldBeLessThanOrEqualTo(201);
            }
        }, writeLine: line => output?.WriteLine(line), iter: -1, time: seconds, threads: 2, print: fuzz => fuzz.ToString());

        output?.WriteLine(string.Join(", ", answered.OrderBy(a => a.Key).Select(a => $"{(int)a.Key}: {a.Value}")));

        await _admin.ShouldStillImportAsync();
    }

    /// <summary>A formula for a cell, as opposed to text that looks like one.</summary>
    public sealed record Formula(string A1);

    public sealed record CellEdit(int Sheet, int Row, int Column, object Value);

    public enum SheetChange
    {
        Delete,
        Copy,
        DeleteColumn,
        DuplicateHeader,
        InsertRowAbove,
        ClearHeader,
        RenameToAnother,
    }

    public sealed record SheetEdit(int Sheet, SheetChange Change, int Column);

    /// <summary>XOR <see cref="Xor"/> into one byte of part <see cref="Part"/> (of the unpacked part, or of the whole file).</summary>
    public sealed record ByteFlip(int Part, int At, byte Xor);

    public sealed record FuzzCase(bool German, CellEdit[] Cells, SheetEdit[] Sheets, ByteFlip[] PartFlips, ByteFlip? FileFlip, bool DryRun)
    {
        public byte[] Build(byte[] exported)
        {
            var edited = Headers(Edited(exported));
            foreach (var flip in PartFlips)
            {
                edited = FlipInPart(edited, flip);
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
            var edits = Cells.Where(c => c.Row == 1).Select(c => (c.Sheet, Edit: (Func<string, string>)(xml => HeaderCell(xml, c.Column, c.Value))))
                .Concat(Sheets.Where(s => s.Change == SheetChange.ClearHeader).Select(s => (s.Sheet, Edit: (Func<string, string>)(xml => Regex.Replace(xml, "(<x:row r=\"1\"[^>]*>).*?(</x:row>)", "$1$2")))))
                .Concat(Sheets.Where(s => s.Change == SheetChange.DuplicateHeader).Select(s => (s.Sheet, Edit: (Func<string, string>)(xml => DuplicateHeader(xml, s.Column)))))
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

        private static string HeaderCell(string xml, int column, object value)
        {
            var reference = $"{(char)('A' + column - 1)}1";
            var text = SecurityElement.Escape(Convert.ToString(value is Formula f ? f.A1 : value, CultureInfo.InvariantCulture)) ?? "";
            var cell = value switch
            {
                Formula => $"<x:c r=\"{reference}\"><x:f>{text}</x:f></x:c>",
                double or bool => $"<x:c r=\"{reference}\"><x:v>{(value is true ? "1" : value is false ? "0" : text)}</x:v></x:c>",
                _ => $"<x:c r=\"{reference}\" t=\"inlineStr\"><x:is><x:t>{text}</x:t></x:is></x:c>",
            };
            return Regex.Replace(xml, $"<x:c r=\"{reference}\"(?:[^>]*/>|[^>]*>.*?</x:c>)", cell.Replace("$", "$$"));
        }

        private static string DuplicateHeader(string xml, int column)
        {
            var source = Regex.Match(xml, $"<x:c r=\"{(char)('A' + column - 1)}1\"(?:[^>]*/>|[^>]*>.*?</x:c>)");
            var end = Regex.Match(xml, "<x:row r=\"1\"[^>]*>.*?(</x:row>)");
            return source.Success && end.Success
                ? xml.Insert(end.Groups[1].Index, Regex.Replace(source.Value, "r=\"[A-Z]+1\"", "r=\"N1\""))
                : xml;
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

        private static byte[] FlipInPart(byte[] workbook, ByteFlip flip)
        {
            using var copy = new MemoryStream();
            copy.Write(workbook);
            using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
            {
                var entry = zip.Entries[flip.Part % zip.Entries.Count];
                using var content = new MemoryStream();
                using (var part = entry.Open())
                {
                    part.CopyTo(content);
                }

                var bytes = content.ToArray();
                if (bytes.Length > 0)
                {
                    bytes[flip.At % bytes.Length] ^= flip.Xor;
                }

                var name = entry.FullName;
                entry.Delete();
                using var rewritten = zip.CreateEntry(name).Open();
                rewritten.Write(bytes);
            }

            return copy.ToArray();
        }
    }
}
