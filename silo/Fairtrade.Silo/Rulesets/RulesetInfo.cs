namespace Fairtrade.Silo.Rulesets;

public sealed record RulesetInfo(string Id, string Name, string Country, string Version, string Source);
