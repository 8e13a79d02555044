using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Towns;

/// <summary>
/// The town keeps its status encoded between changes and the API answers with its entity tag; a cached answer is
/// never stale: not after a change, on any path that reads the status, and not after midnight.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class StatusCachingTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task AnUnchangedStatusAnswers304WithoutABodyToAClientHoldingItsTag()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);

        using var first = await fixture.Anonymous.GetAsync($"/api/towns/{slug}/status");
        var etag = first.Headers.ETag!;
        using var strong = await GetIfNoneMatchAsync(fixture.Anonymous, slug, etag.Tag);
        using var weak = await GetIfNoneMatchAsync(fixture.Anonymous, slug, "W/" + etag.Tag);
        using var other = await GetIfNoneMatchAsync(fixture.Anonymous, slug, "\"something-else\"");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        etag.IsWeak.ShouldBeFalse();
        first.Headers.CacheControl!.NoCache.ShouldBeTrue();
        strong.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await strong.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        strong.Headers.ETag.ShouldBe(etag);
        weak.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await other.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheCoordinatorsAndThePublicsStatusDifferWhereAParticipantIsUnlistedAndSoDoTheirTags()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "hidden", kind = "catering", name = "Hidden", products = new[] { "Kaffee", "Tee" }, listPublicly = false });
        await _admin.EvidenceAsync(slug, "hidden", "declaration", "2024-12-10");

        using var forCoordinator = await _admin.GetAsync($"/api/towns/{slug}/status");
        using var forPublic = await GetIfNoneMatchAsync(fixture.Anonymous, slug, forCoordinator.Headers.ETag!.Tag);

        forPublic.StatusCode.ShouldBe(HttpStatusCode.OK);
        forPublic.Headers.ETag.ShouldNotBe(forCoordinator.Headers.ETag);
        forPublic.Headers.CacheControl!.Private.ShouldBeFalse();
        forCoordinator.Headers.CacheControl!.Private.ShouldBeTrue();
        (await forPublic.Content.ReadAsStringAsync()).ShouldNotContain("hidden");
        (await forCoordinator.Content.ReadAsStringAsync()).ShouldContain("hidden");
    }

    [Fact]
    public async Task EvidenceShowsAtOnceOnEveryPathThatReadsTheStatus()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "shop-22", kind = "retail", name = "Weltladen", products = new[] { "Kaffee", "Tee" } });
        using var before = await fixture.Anonymous.GetAsync($"/api/towns/{slug}/status");
        var coordinatorBefore = await _admin.GetJsonAsync($"/api/towns/{slug}/status");
        var sectionBefore = await fixture.Anonymous.GetStringAsync($"/towns/{slug}?handler=status");
        var listBefore = await fixture.Anonymous.GetJsonAsync("/api/towns");

        await _admin.EvidenceAsync(slug, "shop-22", "photo", "2026-11-25");
        using var revalidated = await GetIfNoneMatchAsync(fixture.Anonymous, slug, before.Headers.ETag!.Tag);
        var after = JsonNode.Parse(await revalidated.Content.ReadAsStringAsync())!;
        var coordinatorAfter = await _admin.GetJsonAsync($"/api/towns/{slug}/status");
        var sectionAfter = await fixture.Anonymous.GetStringAsync($"/towns/{slug}?handler=status");
        var listAfter = await fixture.Anonymous.GetJsonAsync("/api/towns");

        revalidated.StatusCode.ShouldBe(HttpStatusCode.OK);
        revalidated.Headers.ETag.ShouldNotBe(before.Headers.ETag);
        ((int)after.Criterion("retail-catering")["actual"]!["retail"]!).ShouldBe(22);
        ((int)coordinatorBefore.Criterion("retail-catering")["actual"]!["retail"]!).ShouldBe(21);
        ((int)coordinatorAfter.Criterion("retail-catering")["actual"]!["retail"]!).ShouldBe(22);
        sectionAfter.ShouldNotBe(sectionBefore);
        Overall(listBefore, slug).ShouldBe("not-met");
        Overall(listAfter, slug).ShouldBe((string?)after["overall"]);
    }

    [Fact]
    public async Task AfterMidnightTheStatusIsTheNewDaysEvenToAClientHoldingYesterdaysTag()
    {
        // 23:30 in the campaign's time zone (Berlin) on the last day Café Mokka's declaration holds.
        await using var app = new FairtradeApp(now: new DateTimeOffset(2027, 1, 9, 22, 30, 0, TimeSpan.Zero));
        var admin = app.CreateClientAs("admin");
        var anonymous = app.CreateClient();
        var slug = Api.NewSlug("bottrop");
        await admin.BuildAllButTheLastShopAsync(slug);
        await admin.AddParticipantAsync(slug, "shop-22", "retail", BottropScenario.Evidence);
        using var lastEvening = await anonymous.GetAsync($"/api/towns/{slug}/status");
        var sectionLastEvening = await anonymous.GetStringAsync($"/towns/{slug}?handler=status");

        app.Clock.Advance(TimeSpan.FromHours(1));
        using var afterMidnight = await GetIfNoneMatchAsync(anonymous, slug, lastEvening.Headers.ETag!.Tag);
        var sectionAfterMidnight = await anonymous.GetStringAsync($"/towns/{slug}?handler=status");

        var evening = JsonNode.Parse(await lastEvening.Content.ReadAsStringAsync())!;
        var night = JsonNode.Parse(await afterMidnight.Content.ReadAsStringAsync())!;
        ((string?)evening["asOf"]).ShouldBe("2027-01-09");
        ((int)evening.Criterion("retail-catering")["actual"]!["catering"]!).ShouldBe(11);
        afterMidnight.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string?)night["asOf"]).ShouldBe(BottropScenario.MokkaExpires);
        ((int)night.Criterion("retail-catering")["actual"]!["catering"]!).ShouldBe(10);
        ((string?)night["overall"]).ShouldBe("not-met");
        sectionAfterMidnight.ShouldNotBe(sectionLastEvening);
    }

    [Fact]
    public async Task TheTownPageKeptRenderedShowsAChangeThatLeavesTheStatusAsItWasAtOnce()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "mokka", kind = "catering", name = "Café Mokka", products = new[] { "Kaffee", "Tee" }, listPublicly = true });
        await _admin.EvidenceAsync(slug, "mokka", "declaration", "2026-11-01");
        var first = await fixture.Anonymous.GetStringAsync($"/towns/{slug}");
        var again = await fixture.Anonymous.GetStringAsync($"/towns/{slug}");

        (await _admin.PatchAsync($"/api/towns/{slug}/participants/mokka", JsonContent.Create(new { name = "Café Mokka am Markt" }))).EnsureSuccessStatusCode();
        var renamed = await fixture.Anonymous.GetStringAsync($"/towns/{slug}");
        var inEnglish = await fixture.Anonymous.GetStringAsync($"/towns/{slug}?lang=en");
        var inGerman = await fixture.Anonymous.GetStringAsync($"/towns/{slug}?lang=de");

        again.ShouldBe(first);
        first.ShouldContain("Café Mokka");
        renamed.ShouldContain("Café Mokka am Markt");
        inEnglish.ShouldNotBe(inGerman);
    }

    private static async Task<HttpResponseMessage> GetIfNoneMatchAsync(HttpClient client, string slug, string tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/towns/{slug}/status");
        request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        return await client.SendAsync(request);
    }

    private static string? Overall(JsonNode towns, string slug) => (string?)towns.AsArray().Single(t => (string?)t!["slug"] == slug)!["overall"];
}
