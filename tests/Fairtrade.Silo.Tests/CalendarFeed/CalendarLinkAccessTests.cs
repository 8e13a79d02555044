using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.CalendarFeed;

/// <summary>Who may make, list and revoke a town's calendar links, what the trail keeps of it, and what the API describes.</summary>
[Collection(AppCollection.Name)]
public sealed class CalendarLinkAccessTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task TheSteeringGroupMakesALinkAndAnotherTownsCoordinatorOrNobodyCannot()
    {
        var (slug, member) = await _admin.TownWithAccountAsync("steering-group");
        var (_, stranger) = await _admin.TownWithAccountAsync();
        var steeringGroup = await fixture.App.SignInAsync(member);

        var anonymous = await fixture.App.CreateClient().PostCalendarLinkAsync(slug);
        var otherCoordinator = await (await fixture.App.SignInAsync(stranger)).PostCalendarLinkAsync(slug);
        var (_, url) = await steeringGroup.CreateCalendarLinkAsync(slug);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        otherCoordinator.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.App.FeedStatusAsync(url)).ShouldBe(HttpStatusCode.OK);
        (await steeringGroup.GetJsonAsync($"/api/towns/{slug}/calendar-links")).AsArray().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task MakingAndRevokingAreInTheAuditTrailAndTheListNeverShowsTheSecret()
    {
        var (slug, coordinator) = await _admin.TownWithAccountAsync();
        var session = await fixture.App.SignInAsync(coordinator);
        var (id, url) = await session.CreateCalendarLinkAsync(slug);
        await fixture.App.FetchEventsAsync(url);

        (await session.DeleteAsync($"/api/towns/{slug}/calendar-links/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var audit = (await _admin.GetJsonAsync($"/api/towns/{slug}/audit")).AsArray()
            .Where(e => ((string)e!["action"]!).StartsWith("calendar-link.", StringComparison.Ordinal)).ToArray();
        audit.Select(e => ((string?)e!["action"], (string?)e["actor"])).ShouldBe([("calendar-link.created", coordinator), ("calendar-link.revoked", coordinator)]);
        audit.ShouldAllBe(e => e!["details"]!.ToJsonString().Contains(id));
        var listed = await session.GetStringAsync($"/api/towns/{slug}/calendar-links");
        listed.ShouldNotContain(url[(url.LastIndexOf('/') + 1)..^".ics".Length]);
        listed.ShouldContain("\"lastUsedAt\":\"2026-11-25T09:00:00+00:00\"");
    }

    [Fact]
    public async Task TheApiDescriptionHasTheLinksButNotTheSecretFeed()
    {
        var document = await fixture.Anonymous.GetJsonAsync("/openapi/v1.json");

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToArray();
        paths.ShouldContain("/api/towns/{slug}/calendar-links");
        paths.ShouldContain("/api/towns/{slug}/calendar-links/{linkId}");
        paths.ShouldNotContain(p => p.StartsWith("/calendar", StringComparison.Ordinal));
        document["paths"]!["/api/towns/{slug}/calendar-links"]!["post"]!["security"].ShouldNotBeNull();
    }
}
