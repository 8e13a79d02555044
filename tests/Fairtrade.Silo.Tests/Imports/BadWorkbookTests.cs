using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>Whatever arrives, the answer names the problem and the town is as it was.</summary>
[Collection(AppCollection.Name)]
public sealed class BadWorkbookTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    private async Task<(HttpStatusCode Status, JsonNode Body)> ImportIntoNewTownAsync(byte[] workbook)
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        var audit = await _admin.AuditCountAsync(slug);
        var answer = await _admin.ImportAsync(slug, workbook);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants?includeArchived=true")).AsArray().ShouldBeEmpty();
        (await _admin.AuditCountAsync(slug)).ShouldBe(audit, "nothing changed");
        return answer;
    }

    private static byte[] OneShop(string name = "Weltladen", object? kind = null) =>
        Workbooks.List("Liste", ["Name", "Art"], [name, kind ?? "Einzelhandel"]);

    [Fact]
    public async Task SomethingThatIsNotASpreadsheetIsRefusedAsAnUnsupportedType()
    {
        var (status, body) = await ImportIntoNewTownAsync(Encoding.UTF8.GetBytes("Name;Art\nWeltladen;Einzelhandel\n"));

        status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        ((string)body["detail"]!).ShouldContain(".xlsx");
    }

    [Fact]
    public async Task APasswordProtectedWorkbookIsRefusedSayingSo()
    {
        // What Excel writes for a workbook with a password: a compound document, not a zip package.
        byte[] encrypted = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]];

        var (status, body) = await ImportIntoNewTownAsync(encrypted);

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.ErrorFields().ShouldBe(["file"]);
        body["errors"]!["file"]![0]!.ToString().ShouldContain("password");
    }

    [Fact]
    public async Task ACutOffWorkbookIsRefusedAsDamaged()
    {
        var whole = OneShop();

        var (status, body) = await ImportIntoNewTownAsync(whole[..(whole.Length / 2)]);

        status.ShouldBe(HttpStatusCode.BadRequest);
        body["errors"]!["file"]![0]!.ToString().ShouldContain("damaged");
    }

    [Fact]
    public async Task AZipBombIsRefusedBeforeItIsUnpacked()
    {
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in new[] { "[Content_Types].xml", "xl/workbook.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                writer.Write("<x/>");
            }

            using var zeros = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var block = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                zeros.Write(block);
            }
        }

        bomb.Length.ShouldBeLessThan(1024 * 1024, "200 MiB of zeros pack into a small file");

        var (status, body) = await ImportIntoNewTownAsync(bomb.ToArray());

        status.ShouldBe(HttpStatusCode.BadRequest);
        body["errors"]!["file"]![0]!.ToString().ShouldContain("unpacks to more than");
    }

    [Fact]
    public async Task AHundredThousandRowsAreRefusedNamingTheSheet()
    {
        var rows = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>");
        for (var r = 2; r <= 100_001; r++)
        {
            rows.Append($"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>Shop {r}</t></is></c></row>");
        }

        var huge = Workbooks.EditPart(OneShop(), "xl/worksheets/sheet1.xml",
            xml => System.Text.RegularExpressions.Regex.Replace(xml, "<x:sheetData>.*</x:sheetData>", $"<x:sheetData>{rows.Replace("<", "<x:").Replace("<x:/", "</x:")}</x:sheetData>"));

        var (status, body) = await ImportIntoNewTownAsync(huge);

        status.ShouldBe(HttpStatusCode.BadRequest, body.ToJsonString());
        body["errors"]!["file"]![0]!.ToString().ShouldContain("'Liste' has more than 10,000 rows");
    }

    [Fact]
    public async Task AFewRowsOfThousandsOfColumnsAreRefusedToo()
    {
        var rows = new StringBuilder();
        for (var r = 1; r <= 20; r++)
        {
            rows.Append($"<x:row r=\"{r}\">");
            for (var c = 1; c <= 16_000; c++)
            {
                rows.Append($"<x:c><x:v>{c}</x:v></x:c>");
            }

            rows.Append("</x:row>");
        }

        var wide = Workbooks.EditPart(OneShop(), "xl/worksheets/sheet1.xml",
            xml => System.Text.RegularExpressions.Regex.Replace(xml, "<x:sheetData>.*</x:sheetData>", $"<x:sheetData>{rows}</x:sheetData>"));

        var (status, body) = await ImportIntoNewTownAsync(wide);

        status.ShouldBe(HttpStatusCode.BadRequest, body.ToJsonString());
        body["errors"]!["file"]![0]!.ToString().ShouldContain("more than 250,000 cells");
    }

    [Fact]
    public async Task OneCellFarDownAndFarRightIsRefusedBeforeTheSheetIsRead()
    {
        var sparse = Workbooks.EditPart(OneShop(), "xl/worksheets/sheet1.xml",
            xml => xml.Replace("</x:sheetData>", "<x:row r=\"1048576\"><x:c r=\"XFD1048576\" t=\"inlineStr\"><x:is><x:t>far</x:t></x:is></x:c></x:row></x:sheetData>"));

        var (status, body) = await ImportIntoNewTownAsync(sparse);

        status.ShouldBe(HttpStatusCode.BadRequest, body.ToJsonString());
        body.ErrorFields().ShouldBe(["file"]);
    }

    [Fact]
    public async Task OneCellBeyondTheTwoHundredthColumnIsRefused()
    {
        var wide = Workbooks.EditPart(OneShop(), "xl/worksheets/sheet1.xml",
            xml => xml.Insert(xml.IndexOf("</x:row>", StringComparison.Ordinal), "<x:c r=\"XFD1\" t=\"inlineStr\"><x:is><x:t>far</x:t></x:is></x:c>"));

        var (status, body) = await ImportIntoNewTownAsync(wide);

        status.ShouldBe(HttpStatusCode.BadRequest, body.ToJsonString());
        body["errors"]!["file"]![0]!.ToString().ShouldContain("a column beyond the 200th");
    }

    [Fact]
    public async Task AMultipartBodyCutOffInTheWorkbookIsRefusedNamingTheBody()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        var head = Encoding.ASCII.GetBytes("--X\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\n");
        var content = new ByteArrayContent([.. head, .. OneShop()[..500]]);
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=X");

        var response = await _admin.PostAsync($"/api/towns/{slug}/imports", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["body"]);
    }

    [Fact]
    public async Task FormulasErrorValuesDatesAsTextUnknownKindsAndControlCharactersAreEachReportedAtTheirCell()
    {
        var workbook = Workbooks.Edit(book =>
        {
            var list = book.AddWorksheet("Liste");
            string[] headers = ["Name", "Art", "Nachweis vom", "Produkte"];
            for (var c = 0; c < headers.Length; c++)
            {
                list.Cell(1, c + 1).SetValue(headers[c]);
            }

            list.Cell(2, 1).SetValue("Weltladen");
            list.Cell(2, 2).SetValue("Einzelhandel");
            list.Cell(3, 1).FormulaA1 = "\"Café \"&\"Kö\"";
            list.Cell(3, 2).SetValue("Gastronomie");
            list.Cell(4, 1).SetValue("Bäckerei Kamp");
            list.Cell(4, 2).SetValue("Bäckerei");
            list.Cell(5, 1).SetValue("Eine-Welt-Laden");
            list.Cell(5, 2).SetValue("Einzelhandel");
            list.Cell(5, 3).SetValue("01.11.2026");
            list.Cell(6, 1).SetValue("Kiosk\u0007");
            list.Cell(6, 2).SetValue("Einzelhandel");
            list.Cell(7, 1).SetValue("Teeladen");
            list.Cell(7, 2).SetValue("Einzelhandel");
            list.Cell(7, 4).SetValue(42);
        });
        workbook = Workbooks.EditPart(workbook, "xl/worksheets/sheet1.xml",
            xml => System.Text.RegularExpressions.Regex.Replace(xml, "<x:c r=\"D7\"[^>]*><x:v>42</x:v></x:c>", "<x:c r=\"D7\" t=\"e\"><x:v>#N/A</x:v></x:c>"));

        var (status, body) = await ImportIntoNewTownAsync(workbook);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity, body.ToJsonString());
        ((bool)body["applied"]!).ShouldBeFalse();
        var errors = body["errors"]!.AsArray().Select(e => $"{e!["sheet"]}!{e["row"]}/{e["column"]}: {e["message"]}").ToArray();
        errors.Length.ShouldBe(5, string.Join("\n", errors));
        errors[0].ShouldStartWith("Liste!3/Name: holds a formula");
        errors[1].ShouldStartWith("Liste!4/Art: 'Bäckerei' is not a kind of participant");
        errors[2].ShouldStartWith("Liste!5/Nachweis vom: '01.11.2026' is text, not a date");
        errors[3].ShouldStartWith("Liste!6/Name: holds control characters");
        errors[4].ShouldStartWith("Liste!7/Produkte: holds an error value");
    }

    [Fact]
    public async Task MissingColumnsAreReportedAtTheHeaderRow()
    {
        var (status, body) = await ImportIntoNewTownAsync(Workbooks.List("Liste", ["Name", "Adresse"], ["Weltladen", "Markt 1"]));

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = body["errors"]![0]!;
        ((string)error["sheet"]!).ShouldBe("Liste");
        ((int)error["row"]!).ShouldBe(1);
        ((string)error["message"]!).ShouldContain("no column 'Art");
    }

    [Fact]
    public async Task TheSameIdTwiceIsReportedAtTheSecondRowAndNeitherIsImported()
    {
        var (status, body) = await ImportIntoNewTownAsync(Workbooks.List("Liste", ["Kennung", "Name", "Art"],
            ["weltladen", "Weltladen", "Einzelhandel"], ["weltladen", "Weltladen am Markt", "Einzelhandel"]));

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = body["errors"]![0]!;
        ((int)error["row"]!).ShouldBe(3);
        ((string)error["column"]!).ShouldBe("Kennung");
        ((string)error["message"]!).ShouldContain("row 2");
    }

    [Fact]
    public async Task OneBadRowKeepsTheGoodRowsOutToo()
    {
        var (status, body) = await ImportIntoNewTownAsync(Workbooks.List("Liste", ["Name", "Art", "E-Mail"],
            ["Weltladen", "Einzelhandel", "info@weltladen.example"], ["Café Kö", "Gastronomie", "not an address"]));

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        ((int)body["created"]!).ShouldBe(1, "the report still says what the good rows would do");
        var error = body["errors"]![0]!;
        ((int)error["row"]!).ShouldBe(3);
        ((string)error["column"]!).ShouldBe("E-Mail");
    }

    [Fact]
    public async Task ASheetNameWithControlCharactersIsReported()
    {
        var workbook = Workbooks.EditPart(OneShop(), "xl/workbook.xml", xml => xml.Replace("name=\"Liste\"", "name=\"Li&#9;ste\""));

        var (status, body) = await ImportIntoNewTownAsync(workbook);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity, body.ToJsonString());
        ((string)body["errors"]![0]!["sheet"]!).ShouldBe("Li\\u0009ste");
    }

    [Fact]
    public async Task AnEmptyBodyAndAForeignFieldAreRefusedNamingTheField()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var empty = await _admin.ImportAsync(slug, []);
        var foreign = await _admin.PostAsync($"/api/towns/{slug}/imports", new MultipartFormDataContent { { new ByteArrayContent(OneShop()), "workbook", "list.xlsx" } });
        var badQuery = await _admin.PostAsync($"/api/towns/{slug}/imports?dryRun=maybe", new ByteArrayContent(OneShop()));

        empty.Status.ShouldBe(HttpStatusCode.BadRequest);
        empty.Body.ErrorFields().ShouldBe(["file"]);
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await foreign.ProblemAsync()).ErrorFields().ShouldBe(["workbook"]);
        badQuery.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badQuery.ProblemAsync()).ErrorFields().ShouldBe(["dryRun"]);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task AnUnknownTownIsNotFound()
    {
        (await _admin.ImportAsync("no-such-town", OneShop())).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
