using System.Net;
using Fairtrade.Rules.Participants;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Imports;

/// <summary>The one-sheet outlet lists coordinators keep today: German or English headers, in any order.</summary>
[Collection(AppCollection.Name)]
public sealed class OutletListImportTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task AGermanListWithColumnsInItsOwnOrderBecomesTheTownsParticipants()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        var list = Workbooks.List("Tabelle1", ["Produkte", "Art", "Name", "Adresse"],
            ["Kaffee; Tee", "Café", "Café Kö", "Kirchplatz 2"],
            ["Kaffee\nSchokolade", "Einzelhandel", "Weltladen am Markt", "Markt 1"],
            ["Orangensaft", "Schule", "Josef-Albers-Gymnasium", null]);

        var (code, report) = await _admin.ImportAsync(slug, list);

        code.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((int)report["created"]!).ShouldBe(3);
        var participants = (await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray().ToDictionary(p => (string)p!["name"]!);
        ((string)participants["Café Kö"]!["kind"]!).ShouldBe("catering");
        ((string)participants["Café Kö"]!["address"]!).ShouldBe("Kirchplatz 2");
        participants["Weltladen am Markt"]!["products"]!.AsArray().Select(p => (string)p!).ShouldBe(["Kaffee", "Schokolade"]);
        ((string)participants["Josef-Albers-Gymnasium"]!["kind"]!).ShouldBe("school");

        var again = await _admin.ImportAsync(slug, list);
        ((int)again.Body["created"]!).ShouldBe(0);
        ((int)again.Body["updated"]!).ShouldBe(0);
        ((int)again.Body["unchanged"]!).ShouldBe(3);
    }

    [Fact]
    public async Task ARowWhoseNameHasNoFreeIdLeftIsRefusedAtItsNameAndNothingIsImported()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        var kiosks = Enumerable.Range(1, ParticipantIds.MaxDerivedTries + 1)
            .Select(n => new object?[] { "Kiosk", "retail", $"Markt {n}" }).ToArray();

        var (code, report) = await _admin.ImportAsync(slug, Workbooks.List("Outlets", ["Name", "Kind", "Address"], kiosks));

        code.ShouldBe(HttpStatusCode.UnprocessableEntity, report.ToJsonString());
        var error = report["errors"]!.AsArray().ShouldHaveSingleItem()!;
        ((int)error["row"]!).ShouldBe(ParticipantIds.MaxDerivedTries + 2);
        ((string)error["column"]!).ShouldBe("Name");
        ((string)error["message"]!).ShouldContain("Kiosk");
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task AnEnglishListUpdatesTheOutletItNamesAndLeavesEmptyCellsAlone()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new
        {
            id = "cafe-ko", kind = "catering", name = "Café Kö", address = "Kirchplatz 2", products = new[] { "Kaffee" },
            contact = new { person = "Ina", email = "ina@example.org" },
        });

        var (code, report) = await _admin.ImportAsync(slug, Workbooks.List("Outlets", ["Type", "Address", "Name", "Products", "Phone"],
            ["catering", null, "café kö", "Kaffee, Tee", "+49 2041 1234"]));

        code.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((int)report["updated"]!).ShouldBe(1);
        var cafe = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/cafe-ko");
        ((string)cafe["address"]!).ShouldBe("Kirchplatz 2");
        cafe["products"]!.AsArray().Select(p => (string)p!).ShouldBe(["Kaffee", "Tee"]);
        ((string)cafe["contact"]!["email"]!).ShouldBe("ina@example.org");
        ((string)cafe["contact"]!["phone"]!).ShouldBe("+49 2041 1234");
    }

    [Fact]
    public async Task TwoOutletsOfTheSameNameAreToldApartByTheirAddress()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "rewe-1", kind = "retail", name = "REWE", address = "Hochstraße 1" });
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "rewe-2", kind = "retail", name = "REWE", address = "Gladbecker Straße 9" });

        var byAddress = await _admin.ImportAsync(slug, Workbooks.List("Liste", ["Name", "Art", "Adresse", "Produkte"], ["REWE", "Einzelhandel", "Gladbecker Straße 9", "Kaffee, Bananen"]));
        var byNameOnly = await _admin.ImportAsync(slug, Workbooks.List("Liste", ["Name", "Art"], ["REWE", "Einzelhandel"]));

        byAddress.Status.ShouldBe(HttpStatusCode.OK, byAddress.Body.ToJsonString());
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants/rewe-2"))["products"]!.AsArray().Count.ShouldBe(2);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants/rewe-1"))["products"]!.AsArray().ShouldBeEmpty();
        byNameOnly.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        ((string)byNameOnly.Body["errors"]![0]!["message"]!).ShouldContain("rewe-1, rewe-2");
    }

    [Fact]
    public async Task ANewRowsOwnIdIsKeptWhenAnotherNewRowsNameWouldMakeTheSame()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var (code, report) = await _admin.ImportAsync(slug, Workbooks.List("Liste", ["Name", "Art", "Kennung"],
            ["Weltladen", "Einzelhandel", null], ["Eine Welt", "Einzelhandel", "weltladen"]));

        code.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((string)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/weltladen"))["name"]!).ShouldBe("Eine Welt");
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray().Count.ShouldBe(2);
    }
}
