using Fairtrade.Rules.Forecast;

namespace Fairtrade.Rules.Status;

[GenerateSerializer, Immutable, Alias("fairtrade.StatusReport")]
public sealed record StatusReport(
    [property: Id(0)] string Town,
    [property: Id(1)] string Ruleset,
    [property: Id(2)] DateOnly AsOf,
    [property: Id(3)] OverallStatus Overall,
    [property: Id(4)] CriterionStatus[] Criteria,
    [property: Id(5)] ExpiringEvidence[] ExpiringSoon,
    [property: Id(6)] TitleStatus Title,
    [property: Id(7)] TitleForecast Forecast);
