using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Participants;

/// <summary>Erasing a participant's personal data is the coordinator's: anyone else is refused and nothing is erased.</summary>
[Collection(AppCollection.Name)]
public sealed class PersonalDataErasureAccessTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task OnlyTheTownsCoordinatorErasesAndAnUnknownParticipantIsNotFound()
    {
        var (town, coordinator) = await _admin.TownWithAccountAsync("coordinator");
        var steering = Api.NewSlug("sg");
        await _admin.CreateAccountAsync(steering, "steering-group", [town]);
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new
        {
            id = "kiosk", kind = "retail", name = "Kiosk", products = new[] { "Kaffee", "Tee" }, contact = new { email = "kiosk@example.org" },
        });
        var link = fixture.App.CreateClientWithToken(await _admin.CreateLinkAsync(town, "kiosk"));
        var path = $"/api/towns/{town}/participants/kiosk/personal-data";

        var byLink = await link.DeleteAsync(path);
        var bySteeringGroup = await (await fixture.App.SignInAsync(steering)).DeleteAsync(path);
        var unknown = await _admin.DeleteAsync($"/api/towns/{town}/participants/nobody/personal-data");
        var contactAfterRefusals = (string?)(await _admin.GetJsonAsync($"/api/towns/{town}/participants/kiosk"))["contact"]?["email"];
        var byCoordinator = await (await fixture.App.SignInAsync(coordinator)).DeleteAsync(path);

        byLink.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        bySteeringGroup.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.ProblemAsync())["detail"]!.ToString().ShouldContain("nobody");
        contactAfterRefusals.ShouldBe("kiosk@example.org");
        byCoordinator.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _admin.GetJsonAsync($"/api/towns/{town}/participants/kiosk"))["contact"].ShouldBeNull();
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheErasureAndItsAnswers()
    {
        var document = await fixture.Anonymous.GetJsonAsync("/openapi/v1.json");

        var erase = document["paths"]!["/api/towns/{slug}/participants/{id}/personal-data"]!["delete"]!;
        erase["responses"]!.AsObject().Select(r => r.Key).ShouldBe(["204", "401", "403", "404"], ignoreOrder: true);
        ((string)erase["description"]!).ShouldContain("audit trail");
    }
}
