using System.Net;
using ClosedXML.Excel;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Renewals;

/// <summary>The coordinator's submission freezes the renewal workbook and the status of that day, for good.</summary>
[Collection(AppCollection.Name)]
public sealed class FrozenSubmissionTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task TheSubmittedWorkbookStaysByteIdenticalAfterTheTownChanges()
    {
        var (town, coordinator, renewal) = await InvitedTownAsync("2026-11-01");
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "weltladen", kind = "retail", name = "Weltladen", products = new[] { "coffee", "tea" } });

        var submitted = await coordinator.PostCreatedAsync($"/api/towns/{town}/renewals/{renewal}/submission", new { });
        var frozen = await _admin.GetByteArrayAsync($"/api/towns/{town}/renewals/{renewal}/submission.xlsx");
        var frozenStatus = await _admin.GetStringAsync($"/api/towns/{town}/renewals/{renewal}/submission/status");

        ((string?)submitted["submittedOn"]).ShouldBe("2026-11-25");
        ((bool?)submitted["late"]).ShouldBe(false);
        await _admin.PatchAsJsonAsync($"/api/towns/{town}", new { name = "Renamed since", population = 50_000 });
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "cafe", kind = "catering", name = "Café Mokka", products = new[] { "coffee" } });
        var live = await _admin.GetByteArrayAsync($"/api/towns/{town}/exports/renewal.xlsx");
        live.ShouldNotBe(frozen);
        (await _admin.GetByteArrayAsync($"/api/towns/{town}/renewals/{renewal}/submission.xlsx")).ShouldBe(frozen);
        (await _admin.GetStringAsync($"/api/towns/{town}/renewals/{renewal}/submission/status")).ShouldBe(frozenStatus);
        using var workbook = new XLWorkbook(new MemoryStream(frozen));
        workbook.Worksheets.First().CellsUsed().Select(c => c.GetString()).ShouldContain($"Town {town}");
    }

    [Fact]
    public async Task ARenewalIsSubmittedOnceAndAfterTheDeadlineItIsLate()
    {
        var (town, coordinator, renewal) = await InvitedTownAsync("2026-09-01");

        var submitted = await coordinator.PostCreatedAsync($"/api/towns/{town}/renewals/{renewal}/submission", new { });
        var again = await coordinator.PostAsync($"/api/towns/{town}/renewals/{renewal}/submission", null);

        ((bool?)submitted["late"]).ShouldBe(true);
        ((string?)submitted["deadline"]).ShouldBe("2026-10-27");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task NothingIsFrozenBeforeTheSubmission()
    {
        var (town, _, renewal) = await InvitedTownAsync("2026-11-01");

        (await _admin.GetAsync($"/api/towns/{town}/renewals/{renewal}/submission.xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<(string Town, HttpClient Coordinator, string Renewal)> InvitedTownAsync(string invitedOn)
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        var renewal = await _admin.PostCreatedAsync($"/api/towns/{town}/renewals", new { invitedOn });
        return (town, await fixture.App.SignInAsync(user), (string)renewal["id"]!);
    }
}
