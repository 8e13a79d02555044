using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Rulesets;

[Collection(AppCollection.Name)]
public sealed class RulesetsApiTests(AppFixture fixture)
{
    private readonly HttpClient _client = fixture.Anonymous;

    [Fact]
    public async Task TheBuiltInRulesetsArePublicWithTheirSources()
    {
        var rulesets = await _client.GetJsonAsync("/api/rulesets");

        rulesets.AsArray().Select(r => (string?)r!["id"]).ShouldBe(["ch-town", "de-district", "de-town"]);
        var deTown = rulesets.AsArray().Single(r => (string?)r!["id"] == "de-town")!;
        ((string?)deTown["country"]).ShouldBe("DE");
        ((string?)deTown["source"])!.ShouldContain("fairtrade-towns.de");
    }

    [Fact]
    public async Task RequirementsForBottropAre22RetailAnd11Catering()
    {
        var requirements = await _client.GetJsonAsync("/api/rulesets/de-town/requirements?population=117311");

        ((int)requirements["population"]!).ShouldBe(117_311);
        var retail = requirements["criteria"]!.AsArray().Single(c => (string?)c!["key"] == "retail-catering")!;
        ((int)retail["required"]!["retail"]!).ShouldBe(22);
        ((int)retail["required"]!["catering"]!).ShouldBe(11);
    }

    [Fact]
    public async Task AnUnpublishedSwissNumberIsUnprocessableAndSaysWhy()
    {
        var response = await _client.GetAsync("/api/rulesets/ch-town/requirements?population=250001");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        ((string?)(await response.ProblemAsync())["detail"])!.ShouldContain("250,000");
    }

    [Theory]
    [InlineData("population=0")]
    [InlineData("population=-1")]
    [InlineData("population=abc")]
    [InlineData("population=50000001")]
    [InlineData("")]
    public async Task ABadPopulationIsRefusedNamingPopulation(string query)
    {
        var response = await _client.GetAsync($"/api/rulesets/de-town/requirements?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["population"]);
    }

    [Fact]
    public async Task AnUnknownRulesetIsNotFound()
    {
        (await _client.GetAsync("/api/rulesets/xx-town/requirements?population=1000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
