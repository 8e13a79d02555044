using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Exports;

/// <summary>
/// The renewal workbook's file as Excel reads it, beyond what the validator checks: tables named as their header
/// cells, shared strings that add up, no blank-looking text, days as day numbers, moments with their time, bold labels.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class WorkbookFileTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Theory]
    [InlineData("de", true)]
    [InlineData("en", true)]
    [InlineData("fr", true)]
    [InlineData("it", true)]
    [InlineData("en", false)]
    public async Task EveryTableIsNamedAsItsHeaderCellsAndTheSharedStringsAddUp(string language, bool filled)
    {
        var slug = Api.NewSlug("bottrop");
        if (filled)
        {
            await _admin.BuildAllButTheLastShopAsync(slug);
        }
        else
        {
            // Nothing but a shop without products: an empty list is a blank cell, not an empty text.
            await _admin.CreateTownAsync(slug);
            await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "laden", kind = "retail", name = "Laden" });
        }

        using var document = SpreadsheetDocument.Open(new MemoryStream(await _admin.ExportAsync(slug, language)), false);

        var table = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable;
        var texts = table.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray();
        var textCells = document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>())
            .Where(c => c.DataType?.Value == CellValues.SharedString).ToArray();
        ((int)table.UniqueCount!.Value).ShouldBe(texts.Length);
        ((int)table.Count!.Value).ShouldBe(textCells.Length);
        textCells.ShouldAllBe(c => int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture) < texts.Length);
        texts.ShouldAllBe(t => t.Length > 0, "an empty text would make a cell Excel does not count as blank");

        var tables = document.WorkbookPart.WorksheetParts.SelectMany(p => p.TableDefinitionParts.Select(t => (Part: p, t.Table))).ToArray();
        tables.Select(t => t.Table.Id!.Value).ShouldBeUnique();
        tables.Select(t => t.Table.Name!.Value!.ToUpperInvariant()).ShouldBeUnique();
        foreach (var (part, sheetTable) in tables)
        {
            sheetTable.AutoFilter!.Reference!.Value.ShouldBe(sheetTable.Reference!.Value);
            var headerRow = uint.Parse(FirstNumber().Match(sheetTable.Reference.Value!).Value, CultureInfo.InvariantCulture);
            var headers = part.Worksheet.Descendants<Row>().Single(r => r.RowIndex! == headerRow).Elements<Cell>()
                .Select(c => texts[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)]);
            sheetTable.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value).ShouldBe(headers);
        }
    }

    [Fact]
    public async Task DaysAreDayNumbersInDateColumnsMomentsShowTheirTimeAndFactLabelsAreBold()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn = "2024-02-29", outlet = "WAZ", title = "Fair" });

        using var document = SpreadsheetDocument.Open(new MemoryStream(await _admin.ExportAsync(slug)), false);

        var published = Cell(document, "Media", "A2");
        published.CellValue!.Text.ShouldBe("45351", "2024-02-29 as Excel counts days");
        Format(document, published).ShouldBe("yyyy-mm-dd");
        Format(document, Cell(document, "Changes", "A2")).ShouldBe("yyyy-mm-dd hh:mm");
        NewRowFormat(document, "Media", "Published on").ShouldBe("yyyy-mm-dd", "a date typed into a row added in Excel looks like the others");
        NewRowFormat(document, "Changes", "At").ShouldBe("yyyy-mm-dd hh:mm");
        NewRowFormat(document, "Media", "Outlet").ShouldBeNull();
        IsBold(document, Cell(document, "Summary", "A1")).ShouldBeTrue("the label of a fact");
        IsBold(document, Cell(document, "Summary", "B1")).ShouldBeFalse("the fact itself");
    }

    [Fact]
    public async Task TextLongerThanACellHoldsIsCutToExcelsLimit()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        // A hundred products of a hundred quotes, then of a hundred backslashes: their change, quoted, is longer than a cell holds.
        string[] Products(char c) => [.. Enumerable.Range(100, 100).Select(n => new string(c, 97) + n)];
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop", kind = "retail", name = "Laden", products = Products('"') });
        (await _admin.PatchAsJsonAsync($"/api/towns/{slug}/participants/shop", new { products = Products('\\') })).EnsureSuccessStatusCode();

        using var document = SpreadsheetDocument.Open(new MemoryStream(await _admin.ExportAsync(slug)), false);

        new OpenXmlValidator().Validate(document).ShouldBeEmpty();
        var longest = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).MaxBy(t => t.Length)!;
        longest.Length.ShouldBe(32_767);
        longest.ShouldEndWith("…");
    }

    private static Cell Cell(SpreadsheetDocument document, string sheet, string reference)
    {
        var id = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == sheet).Id!;
        return ((WorksheetPart)document.WorkbookPart.GetPartById(id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
    }

    private static string? NewRowFormat(SpreadsheetDocument document, string sheet, string column)
    {
        var id = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == sheet).Id!;
        var table = ((WorksheetPart)document.WorkbookPart.GetPartById(id!)).TableDefinitionParts.Single().Table;
        var format = table.TableColumns!.Elements<TableColumn>().Single(c => c.Name == column).DataFormatId?.Value;
        return format is { } index
            ? document.WorkbookPart.WorkbookStylesPart!.Stylesheet.DifferentialFormats!.Elements<DifferentialFormat>().ElementAt((int)index).NumberingFormat!.FormatCode!.Value
            : null;
    }

    private static CellFormat Style(SpreadsheetDocument document, Cell cell) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private static string? Format(SpreadsheetDocument document, Cell cell) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .SingleOrDefault(f => f.NumberFormatId!.Value == Style(document, cell).NumberFormatId!.Value)?.FormatCode?.Value;

    private static bool IsBold(SpreadsheetDocument document, Cell cell) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Style(document, cell).FontId!.Value).Bold is not null;

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();
}
