using System.Net;
using System.Net.Http.Json;
using ClosedXML.Excel;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Campaign;

/// <summary>The campaign office's console through the API: every town's row, kept current by the towns themselves.</summary>
[Collection(AppCollection.Name)]
public sealed class CampaignConsoleApiTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task ATownsRowShowsItsTitleAndTheRenewalUnderWay()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town, population: 42_000, titleAwardedOn: "2025-01-10");
        var renewal = await _admin.PostCreatedAsync($"/api/towns/{town}/renewals", new { invitedOn = "2026-11-20" });

        var row = await CampaignRows.EventuallyAsync(_admin, town, r => r["renewal"] is not null);

        ((int?)row["population"]).ShouldBe(42_000);
        ((string?)row["title"]!["state"]).ShouldBe("renewal-due");
        ((string?)row["title"]!["renewalDueOn"]).ShouldBe("2027-01-10");
        ((string?)row["renewal"]!["id"]).ShouldBe((string?)renewal["id"]);
        ((string?)row["renewal"]!["deadline"]).ShouldBe("2027-01-15");
        ((int?)row["pendingReviews"]).ShouldBe(0);
        row["lastChangeAt"].ShouldNotBeNull();
        row["forecast"]!.AsObject().ContainsKey("safeUntil").ShouldBeTrue();
    }

    [Fact]
    public async Task TheRowCarriesTheForecastsSafeUntil()
    {
        var town = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(town);
        await CampaignRows.EventuallyAsync(_admin, town, r => r["forecast"]!["safeUntil"] is null);

        await _admin.AddParticipantAsync(town, "shop-22", "retail", BottropScenario.Evidence);

        var row = await CampaignRows.EventuallyAsync(_admin, town, r => r["forecast"]!["safeUntil"] is not null);
        ((string?)row["forecast"]!["safeUntil"]).ShouldBe("2027-01-09", "Café Mokka's declaration counts until then");
        ((string?)row["overall"]).ShouldBe("at-risk");
    }

    [Fact]
    public async Task TheRowFollowsTheTownsChanges()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town, population: 10_000);
        await CampaignRows.EventuallyAsync(_admin, town, r => (int?)r["population"] == 10_000);

        await _admin.PatchAsJsonAsync($"/api/towns/{town}", new { population = 12_345, titleAwardedOn = "2020-01-01" });

        var row = await CampaignRows.EventuallyAsync(_admin, town, r => (int?)r["population"] == 12_345);
        ((string?)row["title"]!["state"]).ShouldBe("lapsed");
    }

    [Fact]
    public async Task TheTableFiltersByTitleStateSearchesByNameAndSortsByAnyColumn()
    {
        var prefix = Api.NewSlug("sort");
        string[] towns = [$"{prefix}-a", $"{prefix}-b", $"{prefix}-c"];
        await _admin.CreateTownAsync(towns[0], population: 3_000, titleAwardedOn: "2020-01-01");
        await _admin.CreateTownAsync(towns[1], population: 1_000, titleAwardedOn: "2026-01-01");
        await _admin.CreateTownAsync(towns[2], population: 2_000);
        foreach (var town in towns)
        {
            await CampaignRows.EventuallyAsync(_admin, town, _ => true);
        }

        (await SlugsAsync($"q={prefix.ToUpperInvariant()}&sort=-population")).ShouldBe([towns[0], towns[2], towns[1]]);
        (await SlugsAsync($"q={prefix}&sort=population")).ShouldBe([towns[1], towns[2], towns[0]]);
        (await SlugsAsync($"q={prefix}&sort=renewalDueOn")).ShouldBe([towns[0], towns[1], towns[2]]);
        (await SlugsAsync($"q={prefix}&state=lapsed")).ShouldBe([towns[0]]);
        (await SlugsAsync($"q={prefix}&state=candidate")).ShouldBe([towns[2]]);
    }

    [Theory]
    [InlineData("sort=size", "sort")]
    [InlineData("sort=-", "sort")]
    [InlineData("state=expired", "state")]
    [InlineData("asOf=2026-13-01", "asOf")]
    public async Task ABadQueryIsRefusedNamingItsField(string query, string field)
    {
        var response = await _admin.GetAsync($"/api/campaign/towns?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(field);
    }

    [Fact]
    public async Task OnlyTheCampaignOfficeAndTheAdminSeeTheConsole()
    {
        var (_, coordinator) = await _admin.TownWithAccountAsync();
        var office = Api.NewSlug("office");
        await _admin.CreateAccountAsync(office, "campaign", []);

        (await fixture.Anonymous.GetAsync("/api/campaign/towns")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await fixture.App.SignInAsync(coordinator)).GetAsync("/api/campaign/summary")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await fixture.App.SignInAsync(office)).GetAsync("/api/campaign/towns")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheTableAsAWorkbookHasARowPerTownWithDatesAsDates()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town, population: 7_777, titleAwardedOn: "2025-01-10");
        await CampaignRows.EventuallyAsync(_admin, town, _ => true);

        var bytes = await _admin.GetByteArrayAsync($"/api/campaign/exports/towns.xlsx?q={town}&lang=en");

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Towns");
        sheet.Cell(1, 2).GetString().ShouldBe("Town");
        sheet.Cell(2, 1).GetString().ShouldBe(town);
        sheet.Cell(2, 3).GetValue<int>().ShouldBe(7_777);
        sheet.Cell(2, 8).GetDateTime().ShouldBe(new DateTime(2027, 1, 10));
        var opened = await LibreOffice.SheetsAsync(bytes);
        opened["Towns"][1][0].ShouldBe(town);
    }

    [Theory]
    [InlineData("fr", "Communes", new[] { "Identifiant", "Commune", "Habitants", "Règlement", "Critères", "Titre", "Décerné le", "Échéance du renouvellement", "Assuré jusqu'au", "Invitation du", "Délai de réponse", "Déposé le", "Décision", "À vérifier", "Dernière modification" })]
    [InlineData("it", "Comuni", new[] { "Identificativo", "Comune", "Abitanti", "Regolamento", "Criteri", "Titolo", "Conferito il", "Scadenza del rinnovo", "Sicuro fino al", "Invito del", "Termine di risposta", "Inoltrato il", "Decisione", "Da verificare", "Ultima modifica" })]
    public async Task TheWorkbookSpeaksFrenchOrItalianAndNoLanguageWeDoNotSpeak(string language, string sheet, string[] headers)
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town, population: 4_321);
        await CampaignRows.EventuallyAsync(_admin, town, _ => true);

        var opened = await LibreOffice.SheetsAsync(await _admin.GetByteArrayAsync($"/api/campaign/exports/towns.xlsx?q={town}&lang={language}"));
        var refused = await _admin.GetAsync($"/api/campaign/exports/towns.xlsx?q={town}&lang=xx");

        opened.Keys.ShouldBe([sheet]);
        opened[sheet][0].ShouldBe(headers);
        opened[sheet][1][0].ShouldBe(town);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ProblemAsync()).ErrorFields().ShouldBe(["lang"]);
    }

    private async Task<string[]> SlugsAsync(string query) =>
        [.. (await _admin.GetJsonAsync($"/api/campaign/towns?{query}")).AsArray().Select(r => (string)r!["slug"]!)];
}
