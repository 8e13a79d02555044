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
        paths.ShouldContain("/api/towns/{slug}/forecast");
        paths.ShouldContain("/api/towns/{slug}/participants/{id}/activities");
        paths.ShouldContain("/api/towns/{slug}/evidence/{id}");
        paths.ShouldContain("/api/rulesets/{id}/requirements");
        ((JsonObject)document["paths"]!["/api/towns/{slug}/steering-group/{id}"]!).ContainsKey("delete").ShouldBeTrue();
        paths.ShouldContain("/api/towns/{slug}/evidence/{id}/review");
        paths.ShouldContain("/api/towns/{slug}/evidence/{id}/file");
        paths.ShouldContain("/api/towns/{slug}/participants/{id}/upload-links/{linkId}");
        paths.ShouldContain("/api/towns/{slug}/notifications");
        ((JsonObject)document["paths"]!["/health"]!).ContainsKey("get").ShouldBeTrue();
    }

    [Fact]
    public async Task TheOpenApiDocumentNamesEnumValuesAndWhereATokenIsNeeded()
    {
        var document = await fixture.Anonymous.GetJsonAsync("/openapi/v1.json");

        var kinds = document["components"]!["schemas"]!["EvidenceKind"]!;
        ((string?)kinds["type"]).ShouldBe("string");
        kinds["enum"]!.AsArray().Select(v => (string?)v).ShouldContain("member-list");
        ((string?)document["components"]!["securitySchemes"]!["bearer"]!["scheme"]).ShouldBe("bearer");
        document["paths"]!["/api/towns/{slug}/evidence"]!["get"]!["security"].ShouldNotBeNull();
        document["paths"]!["/api/towns/{slug}/status"]!["get"]!["security"]!.AsArray().ShouldBeEmpty("the status is public");
        document["paths"]!["/api/towns/{slug}/forecast"]!["get"]!["security"].ShouldNotBeNull("the what-if is for the town's readers");
        ((string?)document["components"]!["securitySchemes"]!["session"]!["in"]).ShouldBe("cookie");
        var tokens = document["paths"]!["/api/account/tokens"]!["post"]!["security"]!.AsArray();
        tokens.Select(r => r!.AsObject().Single().Key).ShouldBe(["session"], "a person's tokens are made from a signed-in browser only");
    }
}
