using CsCheck;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Rules.Tests.Rulesets;

public sealed class RequirementsProperties
{
    private static readonly Ruleset[] Rulesets = [.. RulesetCatalog.BuiltIn()];

    [Fact]
    public void RequirementsNeverFallAsPopulationGrows()
    {
        var populations = Gen.Int[1, 50_000_000];
        Gen.Select(Gen.OneOfConst(Rulesets), populations, populations).Sample((ruleset, a, b) =>
        {
            var (small, large) = a <= b ? (a, b) : (b, a);
            var lower = Requirements.For(ruleset, small);
            var higher = Requirements.For(ruleset, large);
            if (!higher.IsComplete)
            {
                return true;
            }

            return lower.Criteria.All(criterion => criterion.Value.All(counter => counter.Value <= higher.Criteria[criterion.Key][counter.Key]));
        }, iter: 20_000);
    }
}
