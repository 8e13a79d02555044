namespace Fairtrade.Rules.Forecast;

/// <summary>
/// The first day on which a criterion is not met, that criterion (the first in the ruleset's order when several fail
/// that day), what stopped counting for it since the day before, and then what it lacks on the day.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ForecastFailure")]
public sealed record ForecastFailure(
    [property: Id(0)] DateOnly On,
    [property: Id(1)] string Criterion,
    [property: Id(2)] ForecastCause[] Causes);
