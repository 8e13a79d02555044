namespace Fairtrade.Rules.Rulesets;

/// <param name="Criteria">Required counters by criterion key, in the order of the five criteria.</param>
/// <param name="Unpublished">Why some numbers are missing (the campaign publishes none for this population).</param>
public sealed record RequirementSet(
    IReadOnlyDictionary<string, Dictionary<string, int>> Criteria,
    IReadOnlyList<string> Unpublished)
{
    public bool IsComplete => Unpublished.Count == 0;
}
