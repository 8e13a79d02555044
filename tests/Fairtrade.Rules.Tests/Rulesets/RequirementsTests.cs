using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Rules.Tests.Rulesets;

public sealed class RequirementsTests
{
    private static readonly RulesetCatalog Catalog = RulesetCatalog.Load(null);

    [Theory]
    [InlineData("de-town", 30_000, 6, 3)]
    [InlineData("de-town", 50_000, 10, 5)]
    [InlineData("de-town", 100_000, 20, 10)]
    [InlineData("de-town", 100_001, 21, 11)]
    [InlineData("de-town", 117_311, 22, 11)]
    [InlineData("de-town", 250_000, 35, 18)]
    [InlineData("de-town", 1, 2, 1)]
    [InlineData("de-district", 250_000, 35, 18)]
    [InlineData("ch-town", 1_000, 1, 1)]
    [InlineData("ch-town", 1_001, 1, 2)]
    [InlineData("ch-town", 2_000, 1, 2)]
    [InlineData("ch-town", 2_001, 2, 3)]
    [InlineData("ch-town", 5_000, 2, 3)]
    [InlineData("ch-town", 5_001, 2, 4)]
    [InlineData("ch-town", 10_000, 2, 4)]
    [InlineData("ch-town", 10_001, 3, 6)]
    [InlineData("ch-town", 25_000, 3, 6)]
    [InlineData("ch-town", 25_001, 4, 8)]
    [InlineData("ch-town", 50_000, 4, 8)]
    [InlineData("ch-town", 50_001, 5, 10)]
    [InlineData("ch-town", 75_000, 5, 10)]
    [InlineData("ch-town", 75_001, 6, 15)]
    [InlineData("ch-town", 100_000, 6, 15)]
    [InlineData("ch-town", 100_001, 10, 20)]
    [InlineData("ch-town", 250_000, 10, 20)]
    public void RetailAndCateringOutletsMatchThePublishedNumbers(string ruleset, int population, int retail, int catering)
    {
        var requirements = Requirements.For(Catalog.Get(ruleset), population);

        requirements.IsComplete.ShouldBeTrue();
        requirements.Criteria[CriterionKeys.RetailCatering]["retail"].ShouldBe(retail);
        requirements.Criteria[CriterionKeys.RetailCatering]["catering"].ShouldBe(catering);
    }

    [Theory]
    [InlineData(117_311, 1)]
    [InlineData(199_999, 1)]
    [InlineData(200_000, 2)]
    [InlineData(399_999, 2)]
    [InlineData(400_000, 3)]
    public void CivilSocietyAsksOneMoreOfEachPerFurther200000Inhabitants(int population, int each)
    {
        var civil = Requirements.For(Catalog.Get("de-town"), population).Criteria[CriterionKeys.CivilSociety];

        civil.ShouldBe(new Dictionary<string, int> { ["school"] = each, ["club"] = each, ["faith"] = each });
    }

    [Fact]
    public void BottropNeeds22Retail11CateringAndOneOfEachInCivilSociety()
    {
        var criteria = Requirements.For(Catalog.Get("de-town"), 117_311).Criteria;

        criteria[CriterionKeys.Council].ShouldBe(new Dictionary<string, int> { ["resolution"] = 1, ["coffee"] = 1, ["otherProducts"] = 1 });
        criteria[CriterionKeys.SteeringGroup]["members"].ShouldBe(3);
        criteria[CriterionKeys.RetailCatering].ShouldBe(new Dictionary<string, int> { ["retail"] = 22, ["catering"] = 11 });
        criteria[CriterionKeys.CivilSociety].ShouldBe(new Dictionary<string, int> { ["school"] = 1, ["club"] = 1, ["faith"] = 1 });
        criteria[CriterionKeys.Media]["articles"].ShouldBe(4);
    }

    [Fact]
    public void SwissNumbersAbove250000AreReportedAsUnpublishedRatherThanGuessed()
    {
        var requirements = Requirements.For(Catalog.Get("ch-town"), 250_001);

        requirements.IsComplete.ShouldBeFalse();
        requirements.Unpublished.ShouldContain(reason => reason.StartsWith("retail:") && reason.Contains("250,000"));
        requirements.Unpublished.ShouldContain(reason => reason.StartsWith("catering:"));
    }

    [Fact]
    public void EveryBuiltInRulesetNamesItsSources()
    {
        var ids = Catalog.All.Select(r => r.Id).Order().ToArray();

        ids.ShouldBe(["ch-town", "de-district", "de-town"]);
        Catalog.All.ShouldAllBe(r => r.RetailCatering.Source.Contains('[') && r.Media.Source.Contains('[') && r.Council.Source.Contains('['));
    }
}
