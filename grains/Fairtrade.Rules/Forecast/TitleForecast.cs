namespace Fairtrade.Rules.Forecast;

/// <summary>
/// How long every criterion stays met as things stand. <see cref="SafeUntil"/>: the last day, from asOf to
/// <see cref="ForecastCalculator.HorizonDays"/> later, on which all are met (null when one is not met on asOf);
/// <see cref="FirstFailure"/>: what fails the day after (null when all are met throughout).
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.TitleForecast")]
public sealed record TitleForecast(
    [property: Id(0)] DateOnly? SafeUntil,
    [property: Id(1)] ForecastFailure? FirstFailure)
{
    /// <summary>The forecast as the public reads it: participants that did not agree to be listed are not named.</summary>
    public TitleForecast Hiding(IReadOnlySet<string> unlisted) => FirstFailure is not { } failure ? this : this with
    {
        FirstFailure = failure with
        {
            Causes = [.. failure.Causes.Select(c => c.NamesParticipant() && unlisted.Contains(c.Subject) ? c with { Subject = ForecastCause.Unlisted, EvidenceId = null } : c)],
        },
    };
}
