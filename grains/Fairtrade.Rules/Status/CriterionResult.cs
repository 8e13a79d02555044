using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Rules.Status;

/// <summary>One criterion evaluated on one day: its counters and, when it is not met, what it lacks.</summary>
internal sealed record CriterionResult(string Key, Dictionary<string, int> Required, Dictionary<string, int> Actual, CriterionGap[] Gaps)
{
    public bool Met => Gaps.Length == 0;

    public CriterionStatus ToStatus() =>
        new(Key, CriterionKeys.Titles[Key], Met, new Dictionary<string, int>(Required), Actual, [.. Gaps.Select(g => g.Text)]);
}
