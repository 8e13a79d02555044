using System.Net;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Rulesets;

/// <summary>The rulesets and what they ask of a town: public reads, no token needed.</summary>
[Collection(AppCollection.Name)]
public sealed class RulesetsApiTests(AppFixture fixture)
{
    private readonly HttpClient _anonymous = fixture.Anonymous;

    [Fact]
    public async Task TheBuiltInRulesetsArePublicWithNameCountryVersionAndSource()
    {
        var rulesets = (await _anonymous.GetJsonAsync("/api/rulesets")).AsArray();

        rulesets.Select(r => (string?)r!["id"]).ShouldBe(["ch-town", "de-district", "de-town"]);
        var deTown = Ruleset(rulesets, "de-town");
        ((string?)deTown["name"]).ShouldBe("Fairtrade-Towns Deutschland: Städte und Gemeinden");
        ((string?)deTown["country"]).ShouldBe("DE");
        ((string?)deTown["version"]).ShouldBe("2026-11");
        ((string?)deTown["source"])!.ShouldContain("fairtrade-towns.de");
        ((string?)Ruleset(rulesets, "de-district")["country"]).ShouldBe("DE");
        var chTown = Ruleset(rulesets, "ch-town");
        ((string?)chTown["name"]).ShouldBe("Fair Trade Town Schweiz");
        ((string?)chTown["country"]).ShouldBe("CH");
        rulesets.ShouldAllBe(r => !string.IsNullOrWhiteSpace((string?)r!["source"]) && !string.IsNullOrWhiteSpace((string?)r["version"]));
    }

    [Fact]
    public async Task BottropNeeds22ShopsAnd11CafesAndTheOtherFourCriteria()
    {
        var requirements = await _anonymous.GetJsonAsync("/api/rulesets/de-town/requirements?population=117311");

        ((string?)requirements["ruleset"]).ShouldBe("de-town");
        ((int)requirements["population"]!).ShouldBe(117_311);
        requirements["criteria"]!.AsArray().Select(c => (string?)c!["key"]).ShouldBe(["council", "steering-group", "retail-catering", "civil-society", "media"]);
        Required(requirements, "retail-catering").ShouldBe(new Dictionary<string, int> { ["retail"] = 22, ["catering"] = 11 });
        Required(requirements, "council").ShouldBe(new Dictionary<string, int> { ["resolution"] = 1, ["coffee"] = 1, ["otherProducts"] = 1 });
        Required(requirements, "steering-group").ShouldBe(new Dictionary<string, int> { ["members"] = 3 });
        Required(requirements, "civil-society").ShouldBe(new Dictionary<string, int> { ["school"] = 1, ["club"] = 1, ["faith"] = 1 });
        Required(requirements, "media").ShouldBe(new Dictionary<string, int> { ["articles"] = 4 });
    }

    [Theory]
    [InlineData(30_000, 6, 3)]
    [InlineData(50_000, 10, 5)]
    [InlineData(100_000, 20, 10)]
    [InlineData(250_000, 35, 18)]
    public async Task TheGermanNumbersMatchTheCampaignsPublishedExamples(int population, int retail, int catering)
    {
        var requirements = await _anonymous.GetJsonAsync($"/api/rulesets/de-town/requirements?population={population}");

        Required(requirements, "retail-catering").ShouldBe(new Dictionary<string, int> { ["retail"] = retail, ["catering"] = catering });
    }

    [Fact]
    public async Task ASwissTownAbove250000IsUnprocessableBecauseNoNumbersArePublished()
    {
        var response = await _anonymous.GetAsync("/api/rulesets/ch-town/requirements?population=250001");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.ProblemAsync();
        ((int)problem["status"]!).ShouldBe(422);
        ((string?)problem["detail"])!.ShouldContain("250,000");
    }

    [Fact]
    public async Task ASwissTownOfExactly250000HasItsNumbers()
    {
        var requirements = await _anonymous.GetJsonAsync("/api/rulesets/ch-town/requirements?population=250000");

        ((string?)requirements["ruleset"]).ShouldBe("ch-town");
        ((int)Required(requirements, "retail-catering")["retail"]).ShouldBe(10);
    }

    [Theory]
    [InlineData("population=0")]
    [InlineData("population=-1")]
    [InlineData("population=abc")]
    [InlineData("population=1.5")]
    [InlineData("population=50000001")]
    [InlineData("population=99999999999")]
    [InlineData("population=")]
    [InlineData("")]
    public async Task ABadPopulationIsRefusedNamingPopulation(string query)
    {
        var response = await _anonymous.GetAsync($"/api/rulesets/de-town/requirements?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe(["population"]);
    }

    [Fact]
    public async Task AnUnknownRulesetIsNotFound()
    {
        var response = await _anonymous.GetAsync("/api/rulesets/xx-town/requirements?population=1000");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ((string?)(await response.ProblemAsync())["detail"]).ShouldBe("There is no ruleset 'xx-town'.");
    }

    private static JsonNode Ruleset(JsonArray rulesets, string id) => rulesets.Single(r => (string?)r!["id"] == id)!;

    private static Dictionary<string, int> Required(JsonNode requirements, string key) =>
        requirements.Criterion(key)["required"]!.AsObject().ToDictionary(c => c.Key, c => (int)c.Value!);
}
