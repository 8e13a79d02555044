using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>What a cell's text may be, and how much of it the report repeats: never a whole long cell, never more than 200 errors.</summary>
[Collection(AppCollection.Name)]
public sealed class ImportTextTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task ALongSharedStringInFiftyRowsIsAnErrorAtEachCellAndNeverCopiedWhole()
    {
        var rows = string.Concat(Enumerable.Range(2, 50).Select(r => $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>Shop {r}</t></is></c><c r=\"B{r}\" t=\"s\"><v>0</v></c></row>"));
        var workbook = HandMadeWorkbook.List().WithSharedStrings(new string('x', 2 * 1024 * 1024))
            .Set("xl/worksheets/sheet1.xml", HandMadeWorkbook.SheetXml(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Art</t></is></c></row>" + rows));

        var (status, body) = await _admin.ImportIntoNewTownAsync(workbook.ToBytes());

        status.ShouldBe(HttpStatusCode.UnprocessableEntity, body.Messages()[..Math.Min(2000, body.Messages().Length)]);
        body.ToJsonString().Length.ShouldBeLessThan(50_000, "no message carries the cell's text");
        var errors = body["errors"]!.AsArray();
        errors.Count.ShouldBe(50);
        errors.Select(e => (int)e!["row"]!).ShouldBe(Enumerable.Range(2, 50));
        errors.ShouldAllBe(e => (string)e!["sheet"]! == "Liste" && (string)e["column"]! == "B" && ((string)e["message"]!).Contains("32,767"));
        await _admin.ShouldStillImportAsync();
    }

    [Fact]
    public async Task ALongInlineCellIsAnErrorAtItsCell()
    {
        var workbook = HandMadeWorkbook.List(["Weltladen", new string('y', 32_768)]);

        var (status, body) = await _admin.ImportIntoNewTownAsync(workbook.ToBytes());

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        body.Messages().ShouldStartWith("Liste!2/B: holds 32,768 characters");
    }

    [Fact]
    public async Task AMessageQuotesAShortPrefixOfWhatTheCellHolds()
    {
        var (status, body) = await _admin.ImportIntoNewTownAsync(HandMadeWorkbook.List(["Weltladen", new string('k', 5_000)]).ToBytes());

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var message = (string)body["errors"]![0]!["message"]!;
        message.ShouldContain("not a kind of participant");
        message.Length.ShouldBeLessThan(400);
    }

    [Fact]
    public async Task AReportListsTheFirstTwoHundredErrorsAndSaysHowManyMoreThereAre()
    {
        var rows = Enumerable.Range(1, 1_000).Select(i => new[] { $"Shop {i}", "Bäckerei" }).ToArray();

        var (status, body) = await _admin.ImportIntoNewTownAsync(HandMadeWorkbook.List(rows).ToBytes());

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        ((bool)body["applied"]!).ShouldBeFalse();
        var errors = body["errors"]!.AsArray();
        errors.Count.ShouldBe(201);
        ((int)errors[199]!["row"]!).ShouldBe(201);
        ((string)errors[200]!["message"]!).ShouldContain("800 more errors");
    }

    public static TheoryData<string, string[], object?[], string> Names() => new()
    {
        { "Liste", ["Name", "Art"], ["Welt\nladen", "Einzelhandel"], "Name" },
        { "Liste", ["Name", "Art"], ["Welt\tladen", "Einzelhandel"], "Name" },
        { "Liste", ["Einrichtung", "Art"], ["Gymnasium\r\nam Markt", "Schule"], "Einrichtung" },
        { "Steering group", ["Name", "Organisation", "Sector"], ["Anna\nBerg", "Weltladen", "civil-society"], "Name" },
        { "Media", ["Published on", "Outlet", "Headline", "Link"], [new DateTime(2026, 1, 5), "WAZ", "Fair\ngehandelt", null], "Headline" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task ALineBreakOrTabInANameIsAnErrorAtItsCell(string sheet, string[] headers, object?[] row, string column)
    {
        var (status, body) = await _admin.ImportIntoNewTownAsync(Workbooks.List(sheet, headers, row));

        status.ShouldBe(HttpStatusCode.UnprocessableEntity, body.Messages());
        var error = body["errors"]!.AsArray().ShouldHaveSingleItem()!;
        ((string)error["sheet"]!).ShouldBe(sheet);
        ((int)error["row"]!).ShouldBe(2);
        ((string)error["column"]!).ShouldBe(column);
        ((string)error["message"]!).ShouldContain("one line");
    }

    [Fact]
    public async Task AnAddressKeepsItsLineBreaks()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var (status, body) = await _admin.ImportAsync(slug, Workbooks.List("Liste", ["Name", "Art", "Adresse"], ["Weltladen", "Einzelhandel", "Markt 1\n46236 Bottrop"]));

        status.ShouldBe(HttpStatusCode.OK, body.ToJsonString());
        var participant = (await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray().ShouldHaveSingleItem()!;
        ((string)participant["address"]!).ShouldBe("Markt 1\n46236 Bottrop");
    }
}
