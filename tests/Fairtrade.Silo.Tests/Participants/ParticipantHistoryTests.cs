using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Participants;

/// <summary>History stays put (docs/api.md, "Forecast, history, calendar"): archiving and product changes count from the day they are made.</summary>
[Collection(AppCollection.Name)]
public sealed class ParticipantHistoryTests(AppFixture fixture)
{
    private const string Yesterday = "2026-11-24";
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task ArchivingTodayStillCountsTheCafeYesterdayButNotToday()
    {
        var slug = await TownWithAsync("cafe", "catering", "Kaffee", "Tee");

        var response = await _admin.DeleteAsync($"/api/towns/{slug}/participants/cafe");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await CountedAsync(slug, "catering", Yesterday)).ShouldBe(1);
        (await CountedAsync(slug, "catering")).ShouldBe(0);
        var yesterday = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/cafe?asOf={Yesterday}");
        ((bool)yesterday["qualifies"]!).ShouldBeTrue();
        ((bool)yesterday["archived"]!).ShouldBeFalse();
        ((string?)yesterday["archivedOn"]).ShouldBe("2026-11-25");
        Ids(await _admin.GetJsonAsync($"/api/towns/{slug}/participants?asOf={Yesterday}")).ShouldBe(["cafe"]);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/participants")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task ArchivingTwoDaysAheadIsRefusedNamingArchivedOnAndChangesNothing()
    {
        var slug = await TownWithAsync("cafe", "catering", "Kaffee", "Tee");

        var response = await _admin.DeleteAsync($"/api/towns/{slug}/participants/cafe?archivedOn=2026-11-27");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["archivedOn"]);
        var cafe = await _admin.GetJsonAsync($"/api/towns/{slug}/participants/cafe?asOf=2027-01-01");
        ((bool)cafe["archived"]!).ShouldBeFalse();
        cafe["archivedOn"].ShouldBeNull();
        (await CountedAsync(slug, "catering", "2027-01-01")).ShouldBe(1);
    }

    [Theory]
    [InlineData("25.11.2026")]
    [InlineData("2026-02-30")]
    [InlineData("1899-12-31")]
    public async Task ArchivingOnANonDateOrOneOutsideTheCalendarIsRefusedNamingArchivedOn(string archivedOn)
    {
        var slug = await TownWithAsync("cafe", "catering", "Kaffee", "Tee");

        var response = await _admin.DeleteAsync($"/api/towns/{slug}/participants/cafe?archivedOn={archivedOn}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["archivedOn"]);
        (await CountedAsync(slug, "catering")).ShouldBe(1);
    }

    [Fact]
    public async Task ArchivingFromTomorrowCountsTheCafeTodayStill()
    {
        var slug = await TownWithAsync("cafe", "catering", "Kaffee", "Tee");

        var response = await _admin.DeleteAsync($"/api/towns/{slug}/participants/cafe?archivedOn=2026-11-26");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await CountedAsync(slug, "catering")).ShouldBe(1);
        (await CountedAsync(slug, "catering", "2026-11-26")).ShouldBe(0);
    }

    [Fact]
    public async Task ArchivingFromAnEarlierDayCountsTheCafeOnlyBeforeItAndIsAudited()
    {
        var slug = await TownWithAsync("cafe", "catering", "Kaffee", "Tee");

        var response = await _admin.DeleteAsync($"/api/towns/{slug}/participants/cafe?archivedOn=2026-11-10");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await CountedAsync(slug, "catering", "2026-11-09")).ShouldBe(1);
        (await CountedAsync(slug, "catering", "2026-11-10")).ShouldBe(0);
        (await CountedAsync(slug, "catering")).ShouldBe(0);
        var archived = (await _admin.GetJsonAsync($"/api/towns/{slug}/audit")).AsArray().Last()!;
        ((string?)archived["action"]).ShouldBe("participant.archived");
        ((string?)archived["details"]!["archivedOn"]!["new"]).ShouldBe("\"2026-11-10\"");
    }

    [Fact]
    public async Task AProductChangeTodayLeavesYesterdaysStatusAsItWas()
    {
        var slug = await TownWithAsync("weltladen", "retail", "Kaffee", "Tee");

        var response = await _admin.PatchAsJsonAsync($"/api/towns/{slug}/participants/weltladen", new { products = new[] { "Kaffee" } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountedAsync(slug, "retail", Yesterday)).ShouldBe(1);
        (await CountedAsync(slug, "retail")).ShouldBe(0);
        ((bool)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/weltladen?asOf={Yesterday}"))["qualifies"]!).ShouldBeTrue();
    }

    [Fact]
    public async Task AnImportThatAddsAProductCountsTheShopFromTodayOnly()
    {
        var slug = await TownWithAsync("weltladen", "retail", "Kaffee");

        var (code, report) = await _admin.ImportAsync(slug, Workbooks.List("Outlets", ["Name", "Type", "Products"],
            ["weltladen", "retail", "Kaffee, Tee"]));

        code.ShouldBe(HttpStatusCode.OK, report.ToJsonString());
        ((int)report["updated"]!).ShouldBe(1);
        (await CountedAsync(slug, "retail", Yesterday)).ShouldBe(0);
        (await CountedAsync(slug, "retail")).ShouldBe(1);
    }

    /// <summary>A town with one participant whose approved evidence has counted since 2026-11-01.</summary>
    private async Task<string> TownWithAsync(string id, string kind, params string[] products)
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id, kind, name = id, products });
        await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = id, kind = "declaration", effectiveDate = "2026-11-01" });
        return slug;
    }

    private async Task<int> CountedAsync(string slug, string counter, string? asOf = null) =>
        (int)(await _admin.GetJsonAsync($"/api/towns/{slug}/status{(asOf is null ? "" : $"?asOf={asOf}")}")).Criterion("retail-catering")["actual"]![counter]!;

    private static string[] Ids(JsonNode list) => [.. list.AsArray().Select(p => (string)p!["id"]!)];
}
