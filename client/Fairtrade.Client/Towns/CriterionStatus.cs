namespace Fairtrade.Client.Towns;

public sealed record CriterionStatus(
    string Key, string? Title, bool Met, Dictionary<string, int> Required, Dictionary<string, int> Actual, string[] Gaps);
