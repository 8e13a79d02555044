namespace Fairtrade.Rules.Status;

/// <summary>
/// One thing a criterion lacks on a day, as data (so the forecast can name it) and in the API's words.
/// </summary>
/// <param name="Subject">The counter short of its number (<c>retail</c>, <c>articles</c>…), else the criterion.</param>
/// <param name="Reason">One of <see cref="Forecast.ForecastReasons"/>' gap reasons.</param>
/// <param name="Missing">How many more the counter needs; null for gaps that are not counts.</param>
internal sealed record CriterionGap(string Subject, string Reason, int? Missing, string Text);
