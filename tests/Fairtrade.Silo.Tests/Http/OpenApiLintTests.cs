using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Http;

/// <summary>
/// A campaign's IT reads the API from <c>/openapi/v1.json</c> alone: a standard linter finds nothing to fault in it,
/// neither an error nor a warning (every operation has a summary, an operationId, its security and its refusals).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OpenApiLintTests(AppFixture fixture)
{
    [Fact]
    public async Task TheOpenApiDocumentLintsCleanUnderTheRecommendedRules()
    {
        var document = await fixture.Anonymous.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        var problems = await OpenApiLinter.ProblemsAsync(document);

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [Fact]
    public async Task PublicReadsSaySoAndEveryOtherOperationNamesItsSchemesAndRefusals()
    {
        var document = await fixture.Anonymous.GetJsonAsync("/openapi/v1.json");

        var status = document["paths"]!["/api/towns/{slug}/status"]!["get"]!;
        status["security"]!.AsArray().ShouldBeEmpty("anyone may read a town's status");
        ((string?)status["operationId"]).ShouldBe("Towns_GetStatus");
        status["responses"]!.AsObject().Select(r => r.Key).ShouldBe(["200", "304", "400", "404"], ignoreOrder: true);
        var create = document["paths"]!["/api/towns/{slug}/participants"]!["post"]!;
        create["responses"]!.AsObject().Select(r => r.Key).ShouldContain("401");
        create["responses"]!.AsObject().Select(r => r.Key).ShouldContain("403");
        ((string?)create["summary"]).ShouldBe("Add a participant");
        document["paths"]!.AsObject().Select(p => p.Key).ShouldNotContain(p => p.StartsWith("/dashboard", StringComparison.Ordinal));
    }
}
