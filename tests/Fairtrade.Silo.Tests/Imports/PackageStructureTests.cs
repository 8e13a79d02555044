using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>
/// The limits checked before the spreadsheet library reads a workbook hold however the package points to its sheets:
/// the check finds each sheet the way the library does (OPC relationships), and a package that could be read two
/// ways is refused.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PackageStructureTests(AppFixture fixture)
{
    private const string OfficeDocument = HandMadeWorkbook.Relationships + "/officeDocument";
    private const string MainContent = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private readonly HttpClient _admin = fixture.Admin;

    /// <summary>10,002 rows: the header and more shops than an import takes, of a kind it does not know (so nothing would be stored if read).</summary>
    private static string TooManyRows(string ns = HandMadeWorkbook.Main) =>
        HandMadeWorkbook.Sheet([["Name", "Art"], .. Enumerable.Range(1, 10_001).Select(i => new[] { $"Shop {i}", "Bäckerei" })], ns);

    private static HandMadeWorkbook Big() => HandMadeWorkbook.List().Set("xl/worksheets/sheet1.xml", TooManyRows());

    public static TheoryData<string> Routes() =>
        ["relative to the parent folder", "absolute", "percent-encoded", "upper-case part name", "decoy workbook part", "strict namespace"];

    private static HandMadeWorkbook Routed(string route) => route switch
    {
        "relative to the parent folder" => Big().Edit("xl/_rels/workbook.xml.rels", xml => xml.Replace("\"worksheets/sheet1.xml\"", "\"../xl/worksheets/sheet1.xml\"")),
        "absolute" => Big().Edit("xl/_rels/workbook.xml.rels", xml => xml.Replace("\"worksheets/sheet1.xml\"", "\"/xl/worksheets/sheet1.xml\"")),
        "percent-encoded" => Big().Edit("xl/_rels/workbook.xml.rels", xml => xml.Replace("\"worksheets/sheet1.xml\"", "\"worksheets/sheet%31.xml\"")),
        "upper-case part name" => Big().Rename("xl/worksheets/sheet1.xml", "XL/Worksheets/SHEET1.xml"),
        "decoy workbook part" => HandMadeWorkbook.List(["Weltladen", "Einzelhandel"])
            .Set("_rels/.rels", HandMadeWorkbook.Rels(("rId1", OfficeDocument, "xl/real.xml")))
            .Set("xl/real.xml", HandMadeWorkbook.WorkbookXml(("Liste", "rId1"))).Override("xl/real.xml", MainContent)
            .Set("xl/_rels/real.xml.rels", HandMadeWorkbook.Rels(("rId1", HandMadeWorkbook.WorksheetType, "worksheets/big.xml")))
            .Set("xl/worksheets/big.xml", TooManyRows()).Override("xl/worksheets/big.xml", HandMadeWorkbook.WorksheetContent),
        "strict namespace" => HandMadeWorkbook.List().Set("xl/worksheets/sheet1.xml", TooManyRows("http://purl.oclc.org/ooxml/spreadsheetml/main")),
        _ => throw new ArgumentOutOfRangeException(nameof(route)),
    };

    [Fact]
    public async Task AHandMadeListImports()
    {
        await _admin.ShouldStillImportAsync();
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task TheRowLimitHoldsHoweverTheWorkbookPointsToItsSheet(string route)
    {
        var (status, body) = await _admin.ImportIntoNewTownAsync(Routed(route).ToBytes());

        status.ShouldBe(HttpStatusCode.BadRequest, body.Messages());
        body.ErrorFields().ShouldBe(["file"]);
        body.Messages().ShouldContain("more than 10,000 rows");
    }

    [Fact]
    public async Task ARelationshipIdGivenTwiceIsRefusedAsAmbiguous()
    {
        var twice = Big().Set("xl/worksheets/small.xml", HandMadeWorkbook.Sheet([["Name", "Art"]])).Override("xl/worksheets/small.xml", HandMadeWorkbook.WorksheetContent)
            .Edit("xl/_rels/workbook.xml.rels", xml => xml.Replace("</Relationships>",
                $"<Relationship Id=\"rId1\" Type=\"{HandMadeWorkbook.WorksheetType}\" Target=\"worksheets/small.xml\"/></Relationships>"));

        var (status, body) = await _admin.ImportIntoNewTownAsync(twice.ToBytes());

        status.ShouldBe(HttpStatusCode.BadRequest, body.Messages());
        body.Messages().ShouldContain("ambiguous");
        body.Messages().ShouldContain("'rId1'");
    }

    [Fact]
    public async Task TwoPartsWhoseNamesDifferOnlyInCaseAreRefusedAsAmbiguous()
    {
        var both = HandMadeWorkbook.List(["Weltladen", "Einzelhandel"]).Add("XL/WORKSHEETS/SHEET1.XML", TooManyRows());

        var (status, body) = await _admin.ImportIntoNewTownAsync(both.ToBytes());

        status.ShouldBe(HttpStatusCode.BadRequest, body.Messages());
        body.Messages().ShouldContain("differ only in case");
    }

    [Fact]
    public async Task TwoMainPartsAreRefusedAsAmbiguous()
    {
        var two = Big().Set("_rels/.rels", HandMadeWorkbook.Rels(("rId1", OfficeDocument, "xl/workbook.xml"), ("rId2", OfficeDocument, "/xl/workbook.xml")));

        var (status, body) = await _admin.ImportIntoNewTownAsync(two.ToBytes());

        status.ShouldBe(HttpStatusCode.BadRequest, body.Messages());
        body.Messages().ShouldContain("ambiguous");
    }

    [Theory]
    [InlineData("no such relationship")]
    [InlineData("no such part")]
    public async Task ASheetThatPointsNowhereIsRefusedNamingIt(string how)
    {
        var nowhere = how == "no such part"
            ? HandMadeWorkbook.List(["Weltladen", "Einzelhandel"]).Edit("xl/_rels/workbook.xml.rels", xml => xml.Replace("sheet1.xml", "sheet9.xml"))
            : HandMadeWorkbook.List(["Weltladen", "Einzelhandel"]).Edit("xl/workbook.xml", xml => xml.Replace("r:id=\"rId1\"", "r:id=\"rId7\""));

        var (status, body) = await _admin.ImportIntoNewTownAsync(nowhere.ToBytes());

        status.ShouldBe(HttpStatusCode.BadRequest, body.Messages());
        body.Messages().ShouldContain("'Liste'");
        body.Messages().ShouldContain("does not hold");
    }
}
