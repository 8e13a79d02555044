using System.Globalization;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Silo.Rulesets;

public static class RulesetsApi
{
    public static RouteGroupBuilder MapRulesetsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/rulesets").WithTags("Rulesets");
        group.MapGet("/", List).WithSummary("List the rulesets");
        group.MapGet("/{id}/requirements", GetRequirements).WithSummary("Read what a town of a given size must meet");
        return group;
    }

    public static Ok<RulesetInfo[]> List(RulesetCatalog rulesets) => TypedResults.Ok(rulesets.All.OrderBy(r => r.Id, StringComparer.Ordinal)
        .Select(r => new RulesetInfo(r.Id, r.Name, r.Country, r.Version, r.Source)).ToArray());

    public static Results<Ok<RequirementsResponse>, ValidationProblem, ProblemHttpResult> GetRequirements(string id, string? population, RulesetCatalog rulesets)
    {
        if (rulesets.Find(id) is not { } ruleset)
        {
            return Problems.NotFound(t => t.NoRuleset(id));
        }

        if (!int.TryParse(population, NumberStyles.None, CultureInfo.InvariantCulture, out var inhabitants) || inhabitants is < 1 or > 50_000_000)
        {
            return Problems.Field("population", ValidationTexts.Current.Between("population", 1, 50_000_000));
        }

        var requirements = Requirements.For(ruleset, inhabitants);
        if (!requirements.IsComplete)
        {
            return Problems.Unprocessable(t => t.Unpublished(ruleset.Id, inhabitants, requirements.Unpublished));
        }

        return TypedResults.Ok(new RequirementsResponse(ruleset.Id, inhabitants,
            [.. requirements.Criteria.Select(c => new CriterionRequirement(c.Key, c.Value))]));
    }
}
