using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Hosting;

[Collection(AppCollection.Name)]
public sealed class HostingTests(AppFixture fixture)
{
    [Fact]
    public async Task HealthAnswersOkOnceTheSiloAndStorageAnswer()
    {
        var health = await fixture.Anonymous.GetJsonAsync("/health");

        ((string?)health["status"]).ShouldBe("healthy");
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryEndpointOfTheContract()
    {
        var document = await fixture.Anonymous.GetJsonAsync("/openapi/v1.json");

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToArray();
        paths.ShouldContain("/api/towns");
        paths.ShouldContain("/api/towns/{slug}/status");
        paths.ShouldContain("/api/towns/{slug}/participants/{id}/activities");
        paths.ShouldContain("/api/towns/{slug}/evidence/{id}");
        paths.ShouldContain("/api/rulesets/{id}/requirements");
        ((JsonObject)document["paths"]!["/api/towns/{slug}/steering-group/{id}"]!).ContainsKey("delete").ShouldBeTrue();
    }
}
