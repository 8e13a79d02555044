using Fairtrade.Rules.Forecast;

namespace Fairtrade.Abstractions.Towns;

/// <summary>A what-if's answer: the forecast, or (then null) the participants it named that the town does not have.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.ForecastOutcome")]
public sealed record ForecastOutcome(
    [property: Id(0)] TitleForecast? Forecast,
    [property: Id(1)] string[] UnknownParticipants);
