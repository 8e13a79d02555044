using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Audit;

[Collection(AppCollection.Name)]
public sealed class AuditApiTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task TheAuditTrailTellsTheWholeStoryInOrder()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug, population: 30_000);
        (await _admin.PatchAsJsonAsync($"/api/towns/{slug}", new { population = 31_000 })).EnsureSuccessStatusCode();
        (await _admin.PutAsJsonAsync($"/api/towns/{slug}/council", new { resolutionAdoptedOn = "2026-01-20", productsServed = new[] { "Kaffee", "Tee" } })).EnsureSuccessStatusCode();
        var member = await _admin.PostOkAsync($"/api/towns/{slug}/steering-group", new { name = "Anna", sector = "politics" });
        await _admin.DeleteAsync($"/api/towns/{slug}/steering-group/{member["id"]}");
        var article = await _admin.PostOkAsync($"/api/towns/{slug}/media", new { publishedOn = "2026-11-01", outlet = "WAZ", title = "Fair" });
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "cafe", kind = "catering", name = "Café" });
        (await _admin.PatchAsJsonAsync($"/api/towns/{slug}/participants/cafe", new { products = new[] { "Kaffee", "Tee" } })).EnsureSuccessStatusCode();
        await _admin.PostOkAsync($"/api/towns/{slug}/participants/cafe/activities", new { date = "2026-11-02", title = "Fair breakfast" });
        var evidence = await _admin.PostOkAsync($"/api/towns/{slug}/evidence", new { subject = "cafe", kind = "menu", effectiveDate = "2026-11-20" });
        await _admin.DeleteAsync($"/api/towns/{slug}/participants/cafe");

        var audit = (await _admin.GetJsonAsync($"/api/towns/{slug}/audit")).AsArray();

        audit.Select(e => (string?)e!["action"]).ShouldBe([
            "town.created", "town.updated", "council.updated", "steering-group.member-added", "steering-group.member-removed",
            "media.article-added", "participant.created", "participant.updated", "participant.activity-added", "evidence.submitted",
            "participant.archived",
        ]);
        audit.ShouldAllBe(e => (string?)e!["actor"] == "token:admin" && (string?)e["at"] == "2026-11-25T09:00:00+00:00");
        var population = audit[1]!["details"]!["population"]!;
        ((string?)population["old"]).ShouldBe("30000");
        ((string?)population["new"]).ShouldBe("31000");
        ((string?)audit[5]!["subject"]).ShouldBe($"media:{article["id"]}");
        ((string?)audit[7]!["details"]!["products"]!["new"]).ShouldBe("""["Kaffee","Tee"]""");
        ((string?)audit[9]!["details"]!["id"]!["new"]).ShouldBe($"\"{evidence["id"]}\"");
    }

    [Fact]
    public async Task SinceLeavesOutWhatCameBefore()
    {
        // An app of its own: this test moves the clock, which the shared app's other tests rely on.
        await using var app = new FairtradeApp();
        using var admin = app.CreateClientAs("admin");
        var slug = Api.NewSlug();
        await admin.CreateTownAsync(slug);
        app.Clock.Advance(TimeSpan.FromDays(3));
        (await admin.PatchAsJsonAsync($"/api/towns/{slug}", new { name = "Renamed" })).EnsureSuccessStatusCode();

        var sinceDay = (await admin.GetJsonAsync($"/api/towns/{slug}/audit?since=2026-11-27")).AsArray();
        var sinceInstant = (await admin.GetJsonAsync($"/api/towns/{slug}/audit?since=2026-11-28T09:00:00Z")).AsArray();
        var all = (await admin.GetJsonAsync($"/api/towns/{slug}/audit")).AsArray();

        sinceDay.Select(e => (string?)e!["action"]).ShouldBe(["town.updated"]);
        sinceInstant.Select(e => (string?)e!["action"]).ShouldBe(["town.updated"]);
        all.Count.ShouldBe(2);
    }

    [Fact]
    public async Task TheAuditTrailCannotBeEditedThroughTheApi()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var delete = await _admin.DeleteAsync($"/api/towns/{slug}/audit");
        var post = await _admin.PostAsJsonAsync($"/api/towns/{slug}/audit", new { action = "town.deleted" });
        var put = await _admin.PutAsJsonAsync($"/api/towns/{slug}/audit", Array.Empty<object>());

        delete.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        post.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        put.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await _admin.GetJsonAsync($"/api/towns/{slug}/audit")).AsArray().Select(e => (string?)e!["action"]).ShouldBe(["town.created"]);
    }

    [Fact]
    public async Task TheAuditTrailIsForCoordinatorsOnlyAndRefusesABadSince()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        var anonymous = await fixture.Anonymous.GetAsync($"/api/towns/{slug}/audit");
        var badSince = await _admin.GetAsync($"/api/towns/{slug}/audit?since=last-week");
        var unknownTown = await _admin.GetAsync("/api/towns/no-such-town/audit");

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        badSince.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badSince.ProblemAsync()).ErrorFields().ShouldBe(["since"]);
        unknownTown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
