namespace Fairtrade.Rules.Status;

[GenerateSerializer, Immutable, Alias("fairtrade.CriterionStatus")]
public sealed record CriterionStatus(
    [property: Id(0)] string Key,
    [property: Id(1)] string Title,
    [property: Id(2)] bool Met,
    [property: Id(3)] Dictionary<string, int> Required,
    [property: Id(4)] Dictionary<string, int> Actual,
    [property: Id(5)] string[] Gaps);
