using System.Net;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Participants;

/// <summary>
/// Participant ids that are not identifiers. These run on an app of their own: a participant stored under an
/// invalid id would leak into every other test of the shared app.
/// </summary>
public sealed class ParticipantIdTests
{
    [Fact]
    public async Task AnEmptyIdIsRefusedNamingIdAndNothingIsStored()
    {
        await using var app = new FairtradeApp();
        using var admin = app.CreateClientAs("admin");
        var slug = Api.NewSlug();
        await admin.CreateTownAsync(slug);

        var response = await admin.PostRawAsync($"/api/towns/{slug}/participants", """{"id":"","kind":"retail","name":"X"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["id"]);
        (await admin.GetJsonAsync($"/api/towns/{slug}/participants?includeArchived=true")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task AnInvalidIdInThePathNeverReachesAParticipantOfAnotherTown()
    {
        await using var app = new FairtradeApp();
        using var admin = app.CreateClientAs("admin");
        var first = Api.NewSlug();
        var second = Api.NewSlug();
        await admin.CreateTownAsync(first);
        await admin.CreateTownAsync(second);
        await admin.PostRawAsync($"/api/towns/{first}/participants", """{"id":"","kind":"retail","name":"Stray"}""");

        var get = await admin.GetAsync($"/api/towns/{second}/participants/NotAnId");
        var patch = await admin.PatchAsJsonAsync($"/api/towns/{second}/participants/NotAnId", new { name = "Hijacked" });

        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        patch.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
