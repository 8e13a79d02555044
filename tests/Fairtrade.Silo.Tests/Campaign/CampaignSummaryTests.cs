using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Campaign;

/// <summary>The console's summary: towns by title state, the people living in a Fairtrade Town, renewals coming up.</summary>
public sealed class CampaignSummaryTests
{
    [Fact]
    public async Task TheSummaryCountsTitleStatesPopulationCoveredAndRenewalsDueWithin90Days()
    {
        await using var app = new FairtradeApp();
        var admin = app.CreateClientAs("admin");
        await admin.CreateTownAsync("candidate", population: 100);
        await admin.CreateTownAsync("awarded", population: 1_000, titleAwardedOn: "2026-01-01");
        await admin.CreateTownAsync("due", population: 2_000, titleAwardedOn: "2025-01-10");
        await admin.CreateTownAsync("lapsed", population: 500, titleAwardedOn: "2020-01-01");
        foreach (var town in new[] { "candidate", "awarded", "due", "lapsed" })
        {
            await CampaignRows.EventuallyAsync(admin, town, _ => true);
        }

        var summary = await admin.GetJsonAsync("/api/campaign/summary");
        var later = await admin.GetJsonAsync("/api/campaign/summary?asOf=2027-06-01");

        ((int?)summary["towns"]).ShouldBe(4);
        summary["byTitleState"]!.ToJsonString().ShouldBe("""{"candidate":1,"awarded":1,"renewal-due":1,"lapsed":1}""");
        ((long?)summary["populationCovered"]).ShouldBe(3_000);
        ((int?)summary["renewalsDueWithin90Days"]).ShouldBe(1);
        later["byTitleState"]!.ToJsonString().ShouldBe("""{"candidate":1,"awarded":1,"renewal-due":0,"lapsed":2}""");
        ((long?)later["populationCovered"]).ShouldBe(1_000);
    }
}
