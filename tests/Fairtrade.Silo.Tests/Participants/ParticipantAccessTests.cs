using System.Net;
using System.Net.Http.Headers;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Participants;

/// <summary>Every participant endpoint is for coordinators only, and names the town it cannot find.</summary>
[Collection(AppCollection.Name)]
public sealed class ParticipantAccessTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    public static TheoryData<string, string, string?> Endpoints => new()
    {
        { "POST", "participants", """{"id":"q","kind":"retail","name":"Q"}""" },
        { "GET", "participants", null },
        { "GET", "participants/p", null },
        { "PATCH", "participants/p", """{"name":"Z"}""" },
        { "DELETE", "participants/p", null },
        { "POST", "participants/p/activities", """{"date":"2026-11-01","title":"T"}""" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryParticipantEndpointIsUnauthorizedWithoutAToken(string method, string path, string? body)
    {
        var slug = await TownWithParticipantAsync();

        var response = await fixture.Anonymous.SendAsync(Request(method, $"/api/towns/{slug}/{path}", body));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await UnchangedAsync(slug);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryParticipantEndpointIsUnauthorizedWithAWrongToken(string method, string path, string? body)
    {
        var slug = await TownWithParticipantAsync();
        var request = Request(method, $"/api/towns/{slug}/{path}", body);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-admin-token");

        var response = await fixture.Anonymous.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await UnchangedAsync(slug);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryParticipantEndpointOfAnUnknownTownIsNotFound(string method, string path, string? body)
    {
        var slug = Api.NewSlug("nowhere");

        var response = await _admin.SendAsync(Request(method, $"/api/towns/{slug}/{path}", body));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((int)(await response.ProblemAsync())["status"]!).ShouldBe(404);
        (await _admin.GetAsync($"/api/towns/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreatingAParticipantInAnUnknownTownNamesTheTown()
    {
        var response = await _admin.PostRawAsync("/api/towns/no-such-town/participants", """{"id":"p","kind":"retail","name":"P"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((string?)(await response.ProblemAsync())["detail"]).ShouldBe("There is no town 'no-such-town'.");
    }

    private static HttpRequestMessage Request(string method, string path, string? body) => new(new HttpMethod(method), path)
    {
        Content = body is null ? null : new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
    };

    private async Task<string> TownWithParticipantAsync()
    {
        var slug = Api.NewSlug();
        await _admin.CreateTownAsync(slug);
        await _admin.PostOkAsync($"/api/towns/{slug}/participants", new { id = "p", kind = "retail", name = "P" });
        return slug;
    }

    private async Task UnchangedAsync(string slug)
    {
        var all = (await _admin.GetJsonAsync($"/api/towns/{slug}/participants?includeArchived=true")).AsArray();
        var stored = all.ShouldHaveSingleItem()!;
        ((string?)stored["id"]).ShouldBe("p");
        ((string?)stored["name"]).ShouldBe("P");
        ((bool)stored["archived"]!).ShouldBeFalse();
        stored["activities"]!.AsArray().ShouldBeEmpty();
    }
}
