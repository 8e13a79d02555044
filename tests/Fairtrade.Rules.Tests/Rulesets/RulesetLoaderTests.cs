using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Rules.Tests.Rulesets;

public sealed class RulesetLoaderTests
{
    private static string BuiltInJson(string id)
    {
        using var stream = typeof(Ruleset).Assembly.GetManifestResourceStream($"Fairtrade.Rules.Rulesets.BuiltIn.{id}.json")!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public void LoadingAFileWithAnUnknownFieldNamesTheFileAndTheField()
    {
        var json = BuiltInJson("de-town").Replace("\"minMembers\": 3", "\"minMembers\": 3, \"minMembrs\": 4");

        var error = Should.Throw<RulesetException>(() => RulesetLoader.Parse("nl-town.json", json));

        error.Message.ShouldStartWith("nl-town.json: field '$.steeringGroup.minMembrs'");
    }

    [Fact]
    public void LoadingAFileWithAMissingFieldNamesIt()
    {
        var json = BuiltInJson("de-town").Replace("\"evidenceValidityMonths\": 24,", string.Empty);

        var error = Should.Throw<RulesetException>(() => RulesetLoader.Parse("x.json", json));

        error.Message.ShouldContain("x.json");
        error.Message.ShouldContain("evidenceValidityMonths");
    }

    [Fact]
    public void LoadingBandsThatLeaveLargeTownsUncoveredIsRefused()
    {
        var json = BuiltInJson("de-town").Replace("{ \"base\": 20, \"step\": 1, \"per\": 10000, \"from\": 100000 }", "{ \"upTo\": 200000, \"base\": 20 }");

        var error = Should.Throw<RulesetException>(() => RulesetLoader.Parse("x.json", json));

        error.Message.ShouldBe("x.json: field '$.retailCatering.retail[1].upTo': the last band must have no upper bound, so every population is covered.");
    }

    [Fact]
    public void LoadingANegativeNumberIsRefused()
    {
        var json = BuiltInJson("de-town").Replace("\"minMembers\": 3", "\"minMembers\": -1");

        var error = Should.Throw<RulesetException>(() => RulesetLoader.Parse("x.json", json));

        error.Message.ShouldStartWith("x.json: field '$.steeringGroup.minMembers': must be between 0 and 100");
    }

    [Fact]
    public void AnExpiringSoonWindowShorterThanTheFirstReminderIsRefused()
    {
        var json = BuiltInJson("de-town").Replace("\"expiringSoonDays\": 60", "\"expiringSoonDays\": 14");

        var error = Should.Throw<RulesetException>(() => RulesetLoader.Parse("x.json", json));

        error.Message.ShouldStartWith("x.json: field '$.expiringSoonDays': must be between 30 and 3650");
    }

    [Theory]
    [InlineData("\"answerWeeks\": 8", "\"answerWeeks\": 0", "$.renewal.answerWeeks")]
    [InlineData("\"reminderDays\": [60, 30, 7, 1]", "\"reminderDays\": [7, 30]", "$.renewal.reminderDays")]
    [InlineData("\"reminderDays\": [60, 30, 7, 1]", "\"reminderDays\": []", "$.renewal.reminderDays")]
    [InlineData("\"validityMonths\": 24,", "\"validityMonths\": 24, \"firstValidityMonths\": 0,", "$.title.firstValidityMonths")]
    public void ARenewalCycleThatCannotWorkIsRefusedNamingTheField(string original, string broken, string field)
    {
        var json = BuiltInJson("de-town").Replace(original, broken);

        var error = Should.Throw<RulesetException>(() => RulesetLoader.Parse("x.json", json));

        error.Message.ShouldStartWith($"x.json: field '{field}'");
    }

    [Fact]
    public void AFileWithoutARenewalSectionRunsTheGermanCycle()
    {
        var json = BuiltInJson("de-town");
        var start = json.IndexOf("\"renewal\":", StringComparison.Ordinal);
        var withoutRenewal = json.Remove(start, json.IndexOf("\"council\":", StringComparison.Ordinal) - start);

        var ruleset = RulesetLoader.Parse("x.json", withoutRenewal);

        ruleset.Renewal.AnswerWeeks.ShouldBe(8);
        ruleset.Renewal.ReminderDays.ShouldBe([60, 30, 7, 1]);
    }

    [Fact]
    public void LoadingAnUnknownCouncilCounterIsRefused()
    {
        var json = BuiltInJson("de-town").Replace("\"otherProducts\": 1", "\"tea\": 1");

        var error = Should.Throw<RulesetException>(() => RulesetLoader.Parse("x.json", json));

        error.Message.ShouldStartWith("x.json: field '$.council.requiredProducts.tea'");
    }

    [Fact]
    public void ACampaignsOwnFileIsLoadedFromTheRulesetsFolder()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "at-town.json"), BuiltInJson("de-town").Replace("\"id\": \"de-town\"", "\"id\": \"at-town\"").Replace("\"minMembers\": 3", "\"minMembers\": 5"));

            var catalog = RulesetCatalog.Load(folder.FullName);

            catalog.Get("at-town").SteeringGroup.MinMembers.ShouldBe(5);
            catalog.Find("de-town").ShouldNotBeNull();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AFolderFileThatReusesABuiltInIdIsRefused()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "copy.json"), BuiltInJson("de-town"));

            Should.Throw<RulesetException>(() => RulesetCatalog.Load(folder.FullName)).Message.ShouldContain("de-town");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
