using System.Net;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Exports;

/// <summary>The renewal workbook, opened by LibreOffice and checked by the Open XML validator, against the live status.</summary>
[Collection(AppCollection.Name)]
public sealed class RenewalWorkbookTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    private async Task<byte[]> ExportAsync(string slug, string query = "lang=en")
    {
        var response = await _admin.GetAsync($"/api/towns/{slug}/exports/renewal.xlsx?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The summary's table as LibreOffice computes it: (criterion title, counter) → the row.</summary>
    private static Dictionary<string, string[]> SummaryRows(Dictionary<string, string[][]> sheets, string sheet = "Summary") =>
        sheets[sheet].SkipWhile(r => r[0] is not ("Criterion" or "Kriterium" or "Critère" or "Criterio")).Skip(1).Where(r => r[0].Length > 0).ToDictionary(r => r[1]);

    [Fact]
    public async Task TheSummaryThatLibreOfficeCalculatesMatchesTheLiveStatusCellForCell()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        var status = await _admin.GetJsonAsync($"/api/towns/{slug}/status");

        var sheets = await LibreOffice.SheetsAsync(await ExportAsync(slug));
        var rows = SummaryRows(sheets);

        var evidence = (await _admin.GetJsonAsync($"/api/towns/{slug}/evidence")).AsArray();
        sheets["Evidence index"].Skip(1).Select(r => r[0]).ShouldBe(evidence.Select(e => (string)e!["id"]!), ignoreOrder: true);
        foreach (var criterion in status["criteria"]!.AsArray())
        {
            foreach (var (counter, required) in criterion!["required"]!.AsObject())
            {
                var row = rows[counter];
                row[2].ShouldBe(required!.ToString(), $"{counter} required");
                row[3].ShouldBe(criterion["actual"]![counter]!.ToString(), $"{counter} actual");
                row[5].ShouldBe((bool)criterion["met"]! ? "yes" : "no", $"{criterion["key"]} met");
            }
        }

        rows["retail"][3].ShouldBe("21");
        rows["retail"][4].ShouldBe("no");
    }

    [Theory]
    [InlineData("2024-02-29", "2025-02-28")]
    [InlineData("2024-03-01", "2025-02-28")]
    [InlineData("2024-08-31", "2025-08-30")]
    [InlineData("2024-08-31", "2025-08-31")]
    public async Task ThePressCountAgreesWithTheStatusAtTheEndOfAMonth(string publishedOn, string asOf)
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn, outlet = "WAZ", title = "Fair" });
        var status = await _admin.GetJsonAsync($"/api/towns/{slug}/status?asOf={asOf}");

        var rows = SummaryRows(await LibreOffice.SheetsAsync(await ExportAsync(slug, $"lang=en&asOf={asOf}")));

        rows["articles"][3].ShouldBe(status.Criterion("media")["actual"]!["articles"]!.ToString());
    }

    [Fact]
    public async Task ACoordinatorWhoAddsAShopToTheListSeesTheSummaryFollow()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        using var workbook = new XLWorkbook(new MemoryStream(await ExportAsync(slug)));
        var retail = workbook.Worksheet("Retail");
        var row = retail.LastRowUsed().RowNumber() + 1;
        retail.Cell(row, 1).SetValue("Weltladen Neu");
        retail.Cell(row, 6).SetValue("yes");
        using var edited = new MemoryStream();
        workbook.SaveAs(edited);

        var rows = SummaryRows(await LibreOffice.SheetsAsync(edited.ToArray()));

        rows["retail"][3].ShouldBe("22");
        rows["retail"][4].ShouldBe("yes");
    }

    [Fact]
    public async Task EveryWorkbookPassesTheOpenXmlValidatorAndEverySheetIsAFilteredTableWithAFrozenHeader()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);

        foreach (var language in new[] { "de", "en", "fr", "it" })
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(await ExportAsync(slug, $"lang={language}")), false);
            new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
            foreach (var part in document.WorkbookPart!.WorksheetParts)
            {
                part.TableDefinitionParts.Count().ShouldBe(1);
                part.TableDefinitionParts.Single().Table.AutoFilter.ShouldNotBeNull();
                part.Worksheet.Descendants<Pane>().Single().State!.Value.ShouldBeOneOf(PaneStateValues.Frozen, PaneStateValues.FrozenSplit);
                part.Worksheet.Descendants<Column>().ShouldNotBeEmpty("column widths are set");
            }
        }
    }

    [Fact]
    public async Task TextThatLooksLikeAFormulaIsWrittenAsText()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        string[] names = ["=HYPERLINK(\"https://evil.example\",\"click\")", "+49 2041 123", "-1+1", "@SUM(A1:A2)"];
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = $"shop-{i}", kind = "retail", name });
        }

        var workbook = await ExportAsync(slug);

        using (var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false))
        {
            var retail = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == "Retail");
            var part = (WorksheetPart)document.WorkbookPart.GetPartById(retail.Id!);
            part.Worksheet.Descendants<CellFormula>().ShouldBeEmpty("a list's cells hold values, never formulas");
        }

        var shown = (await LibreOffice.SheetsAsync(workbook))["Retail"].Skip(1).Select(r => r[0]).ToArray();
        shown.ShouldBe(names.Order(StringComparer.CurrentCultureIgnoreCase).ToArray(), ignoreOrder: true);
    }

    [Fact]
    public async Task TextThatXmlCannotHoldOrThatReadsLikeAnEscapeComesOutAsTyped()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        string[] names = ["Kiosk_x0041_", "Café ☕ 🌍"];
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = $"shop-{i}", kind = "retail", name });
        }

        // Names are one line; an address may hold what a form pasted into it, a bell included.
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "bell", kind = "retail", name = "Glocke", address = "Markt 1\u0007" });

        var workbook = await ExportAsync(slug);

        using (var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false))
        {
            new OpenXmlValidator().Validate(document).ShouldBeEmpty();
            // As Excel reads the file: an underscore that would start an escape is itself escaped.
            document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.InnerText.ShouldContain("Kiosk_x005F_x0041_");
        }

        var shown = (await LibreOffice.SheetsAsync(workbook))["Retail"].Skip(1).Select(r => r[0]).ToArray();
        shown.ShouldContain("Kiosk_x0041_");
        shown.ShouldContain("Café ☕ 🌍");
        using var read = new XLWorkbook(new MemoryStream(workbook));
        read.Worksheet("Retail").Column(2).CellsUsed().Select(c => c.GetString()).ShouldContain("Markt 1\u0007", "read back as typed");
    }

    [Fact]
    public async Task AGermanCampaignGetsAGermanWorkbookUnlessEnglishIsAskedFor()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var german = await LibreOffice.SheetsAsync(await ExportAsync(slug, ""));
        var english = await LibreOffice.SheetsAsync(await ExportAsync(slug, "lang=en"));

        german.Keys.ShouldBe(["Übersicht", "Einzelhandel", "Gastronomie", "Zivilgesellschaft", "Steuerungsgruppe", "Rat", "Presse", "Nachweise", "Änderungen"], ignoreOrder: true);
        english.Keys.ShouldBe(["Summary", "Retail", "Catering", "Civil society", "Steering group", "Council", "Media", "Evidence index", "Changes"], ignoreOrder: true);
        SummaryRows(german, "Übersicht")["members"][4].ShouldBe("nein");
    }

    [Theory]
    [InlineData("fr", "Critère", "École", "non", "Conseil communal", "Décision du conseil communal du",
        new[] { "Résumé", "Commerces", "Restauration", "Société civile", "Groupe de pilotage", "Conseil communal", "Presse", "Index des justificatifs", "Modifications" },
        new[] { "Nom", "Adresse", "Chaîne / succursale", "Produits", "Mentionné publiquement", "Pris en compte", "Justificatif daté du", "Justificatif valable jusqu'au", "Personne de contact", "E-mail", "Téléphone", "Identifiant" })]
    [InlineData("it", "Criterio", "Scuola", "no", "Consiglio comunale", "Delibera del consiglio comunale del",
        new[] { "Riepilogo", "Negozi", "Ristorazione", "Società civile", "Gruppo di pilotaggio", "Consiglio comunale", "Stampa", "Indice della documentazione", "Modifiche" },
        new[] { "Nome", "Indirizzo", "Catena / filiale", "Prodotti", "Menzionato pubblicamente", "Conteggiato", "Documentazione del", "Documentazione valida fino al", "Persona di contatto", "E-mail", "Telefono", "Identificativo" })]
    public async Task AFrenchOrItalianWorkbookNamesItsSheetsHeadersAndWordsInItsLanguage(
        string language, string criterion, string school, string no, string council, string resolution, string[] sheetNames, string[] outletHeaders)
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "school", kind = "school", name = "Collège" });

        var sheets = await LibreOffice.SheetsAsync(await ExportAsync(slug, $"lang={language}"));

        sheets.Keys.ShouldBe(sheetNames, ignoreOrder: true);
        sheets[sheetNames[1]][0].ShouldBe(outletHeaders);
        sheets[sheetNames[0]].ShouldContain(r => r[0] == criterion, "the summary's table under its own header");
        SummaryRows(sheets, sheetNames[0])["members"][4].ShouldBe(no, "the summary's formula answers in the workbook's words");
        sheets[sheetNames[3]][1][1].ShouldBe(school);
        sheets[council][0][0].ShouldBe(resolution);
    }

    [Fact]
    public async Task ABadLanguageOrAnUnknownTownIsRefused()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var badLanguage = await _admin.GetAsync($"/api/towns/{slug}/exports/renewal.xlsx?lang=xx");
        var unknown = await _admin.GetAsync("/api/towns/no-such-town/exports/renewal.xlsx");
        var badDay = await _admin.GetAsync($"/api/towns/{slug}/exports/renewal.xlsx?asOf=2026-13-01");

        badLanguage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await badLanguage.ProblemAsync();
        problem.ErrorFields().ShouldBe(["lang"]);
        ((string)problem["errors"]!["lang"]![0]!).ShouldBe("lang is one of 'de', 'en', 'fr', 'it'.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        badDay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
