using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Rules.Forecast;

/// <summary>One reason the forecast's criterion fails on its day.</summary>
/// <param name="Subject">
/// A participant's id, <c>council</c>, <c>steering-group</c> or <c>media</c>; for what the criterion lacks, the counter
/// short of its number (<c>catering</c>, <c>articles</c>…) or the criterion.
/// </param>
/// <param name="EvidenceId">The evidence that runs out, when that is the reason.</param>
/// <param name="Reason">One of <see cref="ForecastReasons"/>.</param>
/// <param name="Text">The reason in the API's English words.</param>
/// <param name="Missing">How many more the counter needs.</param>
/// <param name="PublishedOn">The day the article that ages out was published.</param>
[GenerateSerializer, Immutable, Alias("fairtrade.ForecastCause")]
public sealed record ForecastCause(
    [property: Id(0)] string Subject,
    [property: Id(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EvidenceId,
    [property: Id(2)] string Reason,
    [property: Id(3)] string Text,
    [property: Id(4), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Missing = null,
    [property: Id(5), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? PublishedOn = null)
{
    /// <summary>The subject the public reads in place of a participant that did not agree to be listed.</summary>
    public const string Unlisted = "an unlisted participant";

    /// <summary>Whether the subject is a participant (not the town's own criteria, the press or a counter).</summary>
    public bool NamesParticipant() =>
        Reason is ForecastReasons.EvidenceRunsOut or ForecastReasons.ActivityAgesOut or ForecastReasons.StopsCounting or ForecastReasons.LeftOut
        && Subject is not (CriterionKeys.Council or CriterionKeys.SteeringGroup);
}
