using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>
/// Uploads made to hurt the import (the spreadsheet part of the hostile-input suite): each is answered 4xx saying
/// why, nothing is stored, and the silo goes on answering and importing.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class HostileWorkbookTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    /// <summary>Each hostile file, the answer it gets, and words its message holds.</summary>
    public static TheoryData<string, HttpStatusCode, string> Cases() => new()
    {
        { "external entity in a sheet", HttpStatusCode.BadRequest, "damaged" },
        { "external entity in the shared strings", HttpStatusCode.BadRequest, "damaged" },
        { "billion laughs in the shared strings", HttpStatusCode.BadRequest, "damaged" },
        { "zip bomb", HttpStatusCode.BadRequest, "unpacks to more than 64 MiB" },
        { "zip bomb over a hundred parts", HttpStatusCode.BadRequest, "unpacks to more than 64 MiB" },
        { "a million empty rows", HttpStatusCode.BadRequest, "more than 10,000 rows" },
        { "a million empty cells in one row", HttpStatusCode.BadRequest, "more than 250,000 cells or a column beyond the 200th" },
        { "XML nested a million deep", HttpStatusCode.BadRequest, "deeper than 64 levels" },
        { "three million shared strings", HttpStatusCode.BadRequest, "more than 2,000,000 XML elements" },
        { "a hundred thousand hyperlinks", HttpStatusCode.BadRequest, "more than 1,000 hyperlinks" },
        { "a validation rule over a hundred thousand ranges", HttpStatusCode.BadRequest, "more than 1,000 hyperlinks" },
        { "formulas in every cell", HttpStatusCode.UnprocessableEntity, "Liste!2/Name: holds a formula" },
        { "external links", HttpStatusCode.BadRequest, "external links" },
        { "an external link hidden under another name", HttpStatusCode.BadRequest, "external links" },
        { "macros in an .xlsm renamed .xlsx", HttpStatusCode.UnsupportedMediaType, "macros" },
        { "a macro part under a plain content type", HttpStatusCode.UnsupportedMediaType, "macros" },
        { "a path-traversal entry name", HttpStatusCode.BadRequest, "'../../../../tmp/fairtrade-evil.xml', which is no part" },
        { "a backslash entry name", HttpStatusCode.BadRequest, "which is no part" },
        { "a sheet name of a megabyte", HttpStatusCode.BadRequest, "longer than 31 characters" },
        { "a central directory that miscounts its entries", HttpStatusCode.BadRequest, "damaged" },
        { "not a zip", HttpStatusCode.UnsupportedMediaType, "not an Excel workbook" },
        { "a zip that is no workbook", HttpStatusCode.BadRequest, "damaged" },
        { "an empty body", HttpStatusCode.BadRequest, "No workbook" },
        { "an encrypted workbook", HttpStatusCode.BadRequest, "password-protected" },
        { "CSV renamed .xlsx", HttpStatusCode.UnsupportedMediaType, "not an Excel workbook" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AHostileWorkbookIsRefusedAndStoresNothing(string hostile, HttpStatusCode expected, string because)
    {
        var (status, body) = await _admin.ImportIntoNewTownAsync(HostileWorkbooks.Build(hostile));

        status.ShouldBe(expected, body.Messages());
        body.Messages().ShouldContain(because);
        body.ToJsonString().Length.ShouldBeLessThan(100_000, "an answer names the problem, it does not echo the file");
        await _admin.ShouldStillImportAsync();
    }

    [Theory]
    [InlineData("99999999")]
    [InlineData("-700000")]
    [InlineData("1e308")]
    [InlineData("NaN")]
    public async Task ADateBeyondTheCalendarIsAnErrorAtItsCell(string serial)
    {
        var workbook = Workbooks.List("Liste", ["Name", "Art", "Nachweis vom"], ["Weltladen", "Einzelhandel", new DateTime(2026, 1, 5)]);
        workbook = Workbooks.EditPart(workbook, "xl/worksheets/sheet1.xml", xml => System.Text.RegularExpressions.Regex.Replace(
            xml, "(<x:c r=\"C2\"[^>]*>)<x:v>[^<]*</x:v>", $"$1<x:v>{serial}</x:v>"));

        var (status, body) = await _admin.ImportIntoNewTownAsync(workbook);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity, body.Messages());
        body.Messages().ShouldStartWith("Liste!2/Nachweis vom: holds a value its cell format cannot show");
        await _admin.ShouldStillImportAsync();
    }

    [Fact]
    public async Task AFormulaIsNeverEvaluatedNorItsCachedValueUsed()
    {
        var workbook = Workbooks.List("Liste", ["Name", "Art"], ["Weltladen", "Einzelhandel"]);
        workbook = Workbooks.EditPart(workbook, "xl/worksheets/sheet1.xml", xml => System.Text.RegularExpressions.Regex.Replace(
            xml, "<x:c r=\"A2\"[^>]*>.*?</x:c>", "<x:c r=\"A2\" t=\"str\"><x:f>CONCAT(\"Welt\",\"laden\")</x:f><x:v>Weltladen</x:v></x:c>"));

        var (status, body) = await _admin.ImportIntoNewTownAsync(workbook);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity, body.Messages());
        body.Messages().ShouldBe("Liste!2/Name: holds a formula; the import reads values only: paste the values instead.");
    }
}
