namespace Fairtrade.Rules.Rulesets;

/// <summary>What a ruleset asks of a town of a given population, criterion by criterion.</summary>
public static class Requirements
{
    public static RequirementSet For(Ruleset ruleset, int population)
    {
        var unpublished = new List<string>();
        Dictionary<string, int> Scaled(params (string Counter, PopulationBand[] Bands)[] scales)
        {
            var counters = new Dictionary<string, int>();
            foreach (var (counter, bands) in scales)
            {
                var count = PopulationScale.Evaluate(bands, population);
                if (!count.IsPublished)
                {
                    unpublished.Add($"{counter}: {count.Unpublished}");
                }

                counters[counter] = count.Value;
            }

            return counters;
        }

        var council = new Dictionary<string, int> { ["resolution"] = 1 };
        foreach (var (counter, value) in ruleset.Council.RequiredProducts)
        {
            council[counter] = value;
        }

        var criteria = new Dictionary<string, Dictionary<string, int>>
        {
            [CriterionKeys.Council] = council,
            [CriterionKeys.SteeringGroup] = new() { ["members"] = ruleset.SteeringGroup.MinMembers },
            [CriterionKeys.RetailCatering] = Scaled(("retail", ruleset.RetailCatering.Retail), ("catering", ruleset.RetailCatering.Catering)),
            [CriterionKeys.CivilSociety] = Scaled(("school", ruleset.CivilSociety.School), ("club", ruleset.CivilSociety.Club), ("faith", ruleset.CivilSociety.Faith)),
            [CriterionKeys.Media] = Scaled(("articles", ruleset.Media.Articles)),
        };
        return new RequirementSet(criteria, unpublished);
    }
}
