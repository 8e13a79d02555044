using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Accounts;

/// <summary>The national campaign office reads every town in full, towns made after its account too, and changes none.</summary>
[Collection(AppCollection.Name)]
public sealed class CampaignRoleTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task TheCampaignOfficeReadsEveryTownInFullAndChangesNothing()
    {
        var office = Api.NewSlug("office");
        await _admin.CreateAccountAsync(office, "campaign", []);
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town);
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "cafe", kind = "catering", name = "Café", contact = new { email = "cafe@example.org" } });
        var session = await fixture.App.SignInAsync(office);
        await Campaign.CampaignRows.EventuallyAsync(_admin, town, _ => true);

        ((string?)(await session.GetJsonAsync($"/api/towns/{town}/participants/cafe"))["contact"]!["email"]).ShouldBe("cafe@example.org");
        (await session.GetJsonAsync($"/api/towns/{town}/audit")).AsArray().ShouldNotBeEmpty();
        (await session.GetStringAsync("/manage")).ShouldContain($"/manage/{town}");

        (await session.PostAsJsonAsync($"/api/towns/{town}/participants", new { id = "shop", kind = "retail", name = "Shop" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.PatchAsJsonAsync($"/api/towns/{town}", new { name = "Renamed" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.GetAsync("/api/accounts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _admin.GetJsonAsync($"/api/towns/{town}/participants")).AsArray().Count.ShouldBe(1);
    }
}
