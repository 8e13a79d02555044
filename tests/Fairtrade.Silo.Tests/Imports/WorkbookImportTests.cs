using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>The renewal workbook goes out, is edited as a coordinator edits it, and comes back in: every number follows.</summary>
[Collection(AppCollection.Name)]
public sealed class WorkbookImportTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("it")]
    public async Task ImportingTheWorkbookAnExportJustProducedChangesNothing(string language)
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        var status = (await _admin.GetJsonAsync($"/api/towns/{slug}/status")).ToJsonString();
        var audit = await _admin.AuditCountAsync(slug);

        var (code, report) = await _admin.ImportAsync(slug, await _admin.ExportAsync(slug, language));

        code.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((bool)report["applied"]!).ShouldBeTrue();
        ((int)report["created"]!).ShouldBe(0);
        ((int)report["updated"]!).ShouldBe(0);
        ((int)report["unchanged"]!).ShouldBe(35 + 3 + 4 + 1, "35 participants, 3 members, 4 articles, the council");
        report["errors"]!.AsArray().ShouldBeEmpty();
        (await _admin.AuditCountAsync(slug)).ShouldBe(audit);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/status")).ToJsonString().ShouldBe(status);
    }

    [Fact]
    public async Task AProductWhoseNameHoldsACommaStaysOneProductThroughTheWorkbook()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "weltladen", kind = "retail", name = "Weltladen", products = new[] { "Schokolade, zartbitter", "Kaffee" } });
        var exported = await _admin.ExportAsync(slug);

        var (untouched, report) = await _admin.ImportAsync(slug, exported);
        var (edited, editReport) = await _admin.ImportAsync(slug, Workbooks.Edit(
            workbook => workbook.Worksheet("Retail").Cell(2, 4).SetValue("Schokolade, zartbitter, Kaffee, Tee"), exported));

        untouched.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((int)report["updated"]!).ShouldBe(0);
        ((int)report["unchanged"]!).ShouldBe(2, "the shop and the council");
        edited.ShouldBe(HttpStatusCode.OK, editReport.ToJsonString());
        ((int)editReport["updated"]!).ShouldBe(1);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants/weltladen"))["products"]!.AsArray().Select(p => (string)p!)
            .ShouldBe(["Schokolade, zartbitter", "Kaffee", "Tee"]);
    }

    [Fact]
    public async Task LineBreaksTabsAndEmojiComeBackUnchanged()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new
        {
            id = "cafe", kind = "catering", name = "Café ☕ 🌍", address = "Hauptstraße 1\r\n46236\tBottrop", chain = "Weltläden Nord",
        });

        var (code, report) = await _admin.ImportAsync(slug, await _admin.ExportAsync(slug));

        code.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((int)report["updated"]!).ShouldBe(0);
        ((string)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/cafe"))["address"]!).ShouldBe("Hauptstraße 1\r\n46236\tBottrop");
    }

    [Fact]
    public async Task AShopAddedToTheRetailListInExcelCountsOnceImportedAndTheNextExportAgrees()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        var edited = Workbooks.Edit(workbook =>
        {
            var retail = workbook.Worksheet("Retail");
            var row = retail.LastRowUsed().RowNumber() + 1;
            retail.Cell(row, 1).SetValue("Weltladen Neu");
            retail.Cell(row, 2).SetValue("Hochstraße 1, 46236 Bottrop");
            retail.Cell(row, 4).SetValue("Kaffee, Schokolade, Tee");
            retail.Cell(row, 5).SetValue("yes");
            retail.Cell(row, 7).Value = new DateTime(2026, 11, 20);
            retail.Cell(3, 2).SetValue("Gladbecker Straße 5");
        }, await _admin.ExportAsync(slug));

        var (code, report) = await _admin.ImportAsync(slug, edited);

        code.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((int)report["created"]!).ShouldBe(1);
        ((int)report["updated"]!).ShouldBe(1);
        var status = await _admin.GetJsonAsync($"/api/towns/{slug}/status");
        ((int)status.Criterion("retail-catering")["actual"]!["retail"]!).ShouldBe(22);
        ((bool)status.Criterion("retail-catering")["met"]!).ShouldBeTrue();
        var shop = (await _admin.GetJsonAsync($"/api/towns/{slug}/participants?kind=retail")).AsArray().Single(p => (string)p!["name"]! == "Weltladen Neu")!;
        ((string)shop["address"]!).ShouldBe("Hochstraße 1, 46236 Bottrop");
        ((bool)shop["qualifies"]!).ShouldBeTrue();

        var again = await _admin.ImportAsync(slug, edited);
        again.Status.ShouldBe(HttpStatusCode.OK);
        ((int)again.Body["created"]!).ShouldBe(0);
        ((int)again.Body["updated"]!).ShouldBe(0, "the same file twice changes nothing the second time");

        var summary = (await LibreOffice.SheetsAsync(await _admin.ExportAsync(slug)))["Summary"]
            .SkipWhile(r => r[0] != "Criterion").Skip(1).Single(r => r[1] == "retail");
        summary[3].ShouldBe("22");
    }

    [Fact]
    public async Task ChangesInEverySheetReachTheTown()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        var edited = Workbooks.Edit(workbook =>
        {
            var civil = workbook.Worksheet("Civil society");
            var club = civil.RowsUsed().Single(r => r.Cell(9).GetString() == "club").RowNumber();
            civil.Cell(club, 3).SetValue("Fair Breakfast");
            civil.Cell(club, 4).Value = new DateTime(2026, 11, 21);
            var group = workbook.Worksheet("Steering group");
            group.Cell(5, 1).SetValue("Mehmet");
            group.Cell(5, 2).SetValue("Weltladen");
            group.Cell(5, 3).SetValue("Zivilgesellschaft");
            var council = workbook.Worksheet("Council");
            council.Cell(6, 1).SetValue("Orangensaft");
            var media = workbook.Worksheet("Media");
            media.Cell(6, 1).Value = new DateTime(2026, 11, 22);
            media.Cell(6, 2).SetValue("Stadtspiegel");
            media.Cell(6, 3).SetValue("Fairer Advent");
        }, await _admin.ExportAsync(slug));

        var (code, report) = await _admin.ImportAsync(slug, edited, multipart: true);

        code.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((int)report["created"]!).ShouldBe(2, "a member and an article");
        ((int)report["updated"]!).ShouldBe(2, "an activity and the council");
        (await _admin.GetJsonAsync($"/api/towns/{slug}/steering-group")).AsArray().Select(m => (string)m!["name"]!).ShouldContain("Mehmet");
        (await _admin.GetJsonAsync($"/api/towns/{slug}/council"))["productsServed"]!.AsArray().Select(p => (string)p!).ShouldBe(["Kaffee", "Tee", "Orangensaft"]);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/media")).AsArray().Count.ShouldBe(5);
        var participants = (await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray();
        participants.Single(p => (string)p!["name"]! == "club")!["activities"]!.AsArray().Select(a => (string)a!["title"]!).ShouldContain("Fair Breakfast");
    }

    [Theory]
    [InlineData("fr", "Commerces", "Société civile", "Groupe de pilotage", "Conseil communal", "Presse", "oui")]
    [InlineData("it", "Negozi", "Società civile", "Gruppo di pilotaggio", "Consiglio comunale", "Stampa", "sì")]
    public async Task AFrenchOrItalianWorkbookEditedInItsOwnWordsReachesTheTown(
        string language, string retailSheet, string civilSheet, string groupSheet, string councilSheet, string mediaSheet, string yes)
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        var edited = Workbooks.Edit(workbook =>
        {
            var retail = workbook.Worksheet(retailSheet);
            var row = retail.LastRowUsed().RowNumber() + 1;
            retail.Cell(row, 1).SetValue("Bottega del Mondo");
            retail.Cell(row, 4).SetValue("Caffè, Cioccolato");
            retail.Cell(row, 5).SetValue(yes);
            retail.Cell(row, 7).Value = new DateTime(2026, 11, 20);
            var civil = workbook.Worksheet(civilSheet);
            var club = civil.RowsUsed().Single(r => r.Cell(9).GetString() == "club").RowNumber();
            civil.Cell(club, 3).SetValue("Petit-déjeuner équitable");
            civil.Cell(club, 4).Value = new DateTime(2026, 11, 21);
            var group = workbook.Worksheet(groupSheet);
            group.Cell(5, 1).SetValue("Chiara");
            group.Cell(5, 2).SetValue("Bottega del Mondo");
            group.Cell(5, 3).SetValue("civil-society");
            workbook.Worksheet(councilSheet).Cell(6, 1).SetValue("Succo d'arancia");
            var media = workbook.Worksheet(mediaSheet);
            media.Cell(6, 1).Value = new DateTime(2026, 11, 22);
            media.Cell(6, 2).SetValue("Corriere del Ticino");
            media.Cell(6, 3).SetValue("Avvento equo");
        }, await _admin.ExportAsync(slug, language));

        var (code, report) = await _admin.ImportAsync(slug, edited);

        code.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((int)report["created"]!).ShouldBe(3, "a shop, a member and an article");
        ((int)report["updated"]!).ShouldBe(2, "an activity and the council");
        var status = await _admin.GetJsonAsync($"/api/towns/{slug}/status");
        ((int)status.Criterion("retail-catering")["actual"]!["retail"]!).ShouldBe(22);
        var shop = (await _admin.GetJsonAsync($"/api/towns/{slug}/participants?kind=retail")).AsArray().Single(p => (string)p!["name"]! == "Bottega del Mondo")!;
        ((bool)shop["listPublicly"]!).ShouldBeTrue($"'{yes}' is yes");
        (await _admin.GetJsonAsync($"/api/towns/{slug}/steering-group")).AsArray().Select(m => (string)m!["name"]!).ShouldContain("Chiara");
        (await _admin.GetJsonAsync($"/api/towns/{slug}/council"))["productsServed"]!.AsArray().Select(p => (string)p!).ShouldBe(["Kaffee", "Tee", "Succo d'arancia"]);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/media")).AsArray().Count.ShouldBe(5);
        var participants = (await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray();
        participants.Single(p => (string)p!["name"]! == "club")!["activities"]!.AsArray().Select(a => (string)a!["title"]!).ShouldContain("Petit-déjeuner équitable");
    }

    [Fact]
    public async Task AMembersNewSectorIsAnUpdate()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        var edited = Workbooks.Edit(workbook => workbook.Worksheet("Steering group").Cell(3, 3).SetValue("Wirtschaft"), await _admin.ExportAsync(slug));

        var (code, report) = await _admin.ImportAsync(slug, edited);

        code.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((int)report["updated"]!).ShouldBe(1);
        ((int)report["created"]!).ShouldBe(0);
        var members = (await _admin.GetJsonAsync($"/api/towns/{slug}/steering-group")).AsArray();
        members.Count.ShouldBe(3);
        ((string)members.Single(m => (string)m!["name"]! == "Jonas")!["sector"]!).ShouldBe("business");
    }

    [Theory]
    [InlineData(100, "would list 102 products")]
    [InlineData(101, "at most 100 products; this is one more")]
    public async Task ACouncilOfMoreThanAHundredProductsIsRefusedAndKeepsItsList(int listed, string message)
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        var edited = Workbooks.Edit(workbook =>
        {
            var council = workbook.Worksheet("Council");
            for (var i = 0; i < listed; i++)
            {
                council.Cell(4 + i, 1).SetValue($"Produkt {i}");
            }
        }, await _admin.ExportAsync(slug));

        var (code, report) = await _admin.ImportAsync(slug, edited);

        code.ShouldBe(HttpStatusCode.UnprocessableEntity, report.ToJsonString());
        ((string)report["errors"]![0]!["message"]!).ShouldContain(message);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/council"))["productsServed"]!.AsArray().Select(p => (string)p!).ShouldBe(["Kaffee", "Tee"]);
    }

    [Fact]
    public async Task TwoImportsOfTheSameListAtOnceCreateEachShopOnce()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        var list = Workbooks.List("Liste", ["Name", "Art"], ["Weltladen Neu", "Einzelhandel"], ["Café Neu", "Gastronomie"]);

        var imports = await Task.WhenAll(_admin.ImportAsync(slug, list), _admin.ImportAsync(slug, list));

        imports.ShouldAllBe(i => i.Status == HttpStatusCode.OK);
        imports.Sum(i => (int)i.Body["created"]!).ShouldBe(2, "the second import finds what the first created");
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task ADryRunReportsWhatWouldChangeAndChangesNothing()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        var list = Workbooks.List("Shops", ["Name", "Kind", "Products"], ["Café Kö", "catering", "Kaffee, Tee"], ["Weltladen", "retail", "Kaffee"]);

        var (code, report) = await _admin.ImportAsync(slug, list, dryRun: true);

        code.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((bool)report["applied"]!).ShouldBeFalse();
        ((int)report["created"]!).ShouldBe(2);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task ImportedChangesAreInTheAuditTrailAsTheImportingCoordinators()
    {
        var (slug, user) = await _admin.TownWithAccountAsync();
        using var coordinator = await fixture.App.SignInAsync(user);
        var before = await _admin.AuditCountAsync(slug);

        var (code, report) = await coordinator.ImportAsync(slug, Workbooks.List("Liste", ["Name", "Art"], ["Café Kö", "Gastronomie"]));

        code.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        var audit = (await _admin.GetJsonAsync($"/api/towns/{slug}/audit")).AsArray().Skip(before).ToArray();
        audit.ShouldNotBeEmpty();
        audit.ShouldAllBe(entry => ((string)entry!["actor"]!).Contains(user));
    }

    [Fact]
    public async Task OnlyTheTownsCoordinatorsImport()
    {
        var (slug, steering) = await _admin.TownWithAccountAsync("steering-group");
        using var reader = await fixture.App.SignInAsync(steering);
        var list = Workbooks.List("Liste", ["Name", "Art"], ["Café Kö", "Gastronomie"]);

        (await reader.ImportAsync(slug, list)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Anonymous.ImportAsync(slug, list)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray().ShouldBeEmpty();
    }
}
