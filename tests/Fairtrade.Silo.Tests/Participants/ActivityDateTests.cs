using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Participants;

[Collection(AppCollection.Name)]
public sealed class ActivityDateTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Theory]
    [InlineData("2026-11-27", HttpStatusCode.BadRequest)]
    [InlineData("2099-01-01", HttpStatusCode.BadRequest)]
    [InlineData("2026-11-26", HttpStatusCode.Created)]
    public async Task AnActivityIsRecordedAtMostOneDayAhead(string date, HttpStatusCode expected)
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "school", kind = "school", name = "School" });

        var response = await _admin.PostAsJsonAsync($"/api/towns/{slug}/participants/school/activities", new { date, title = "Fair week" });

        response.StatusCode.ShouldBe(expected);
        var activities = (await _admin.GetJsonAsync($"/api/towns/{slug}/participants/school"))["activities"]!.AsArray();
        activities.Count.ShouldBe(expected == HttpStatusCode.Created ? 1 : 0);
    }
}
