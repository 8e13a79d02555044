namespace Fairtrade.Silo.Rulesets;

public sealed record RequirementsResponse(string Ruleset, int Population, CriterionRequirement[] Criteria);

public sealed record CriterionRequirement(string Key, Dictionary<string, int> Required);
