using Fairtrade.Abstractions.Participants;
using Fairtrade.Rules.Forecast;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Silo.Web;

/// <summary>
/// The forecast in one sentence of the page's language, participants by their names: "Safe until 16 Jan 2027: Café
/// Mokka's declaration runs out; 1 more café or restaurant needed."
/// </summary>
public static class ForecastLine
{
    /// <param name="participants">The participants the reader may see by name; any other is "an unlisted participant".</param>
    public static string Describe(TitleForecast forecast, string language, PageDates dates, IReadOnlyDictionary<string, ParticipantEntry> participants)
    {
        var texts = ForecastTexts.For(language);
        if (forecast.FirstFailure is not { } failure)
        {
            return texts.SafeAllYear(dates.LongDay(forecast.SafeUntil!.Value));
        }

        var page = PageTexts.For(language);
        var causes = string.Join("; ", failure.Causes.Select(cause => cause.Reason switch
        {
            ForecastReasons.EvidenceRunsOut => texts.EvidenceRunsOut(Who(cause, texts, participants), Noun(cause, texts, participants)),
            ForecastReasons.ActivityAgesOut => texts.ActivityAgesOut(Who(cause, texts, participants)),
            ForecastReasons.StopsCounting or ForecastReasons.LeftOut => texts.StopsCounting(Who(cause, texts, participants)),
            ForecastReasons.ArticleAgesOut => texts.ArticleAgesOut(dates.LongDay(cause.PublishedOn!.Value)),
            ForecastReasons.Missing => texts.Needed(cause.Missing!.Value, page.More(cause.Missing.Value, page.Counter(cause.Subject, cause.Missing.Value))),
            ForecastReasons.NoValidEvidence => texts.NoValidEvidence(page.Criteria.GetValueOrDefault(cause.Subject, cause.Subject)),
            ForecastReasons.Unpublished => texts.Unpublished(page.Criteria.GetValueOrDefault(cause.Subject, cause.Subject)),
            _ => cause.Text,
        }));
        return forecast.SafeUntil is { } safe ? texts.SafeUntil(dates.LongDay(safe), causes) : texts.NotMetToday(causes);
    }

    private static string Who(ForecastCause cause, ForecastTexts texts, IReadOnlyDictionary<string, ParticipantEntry> participants) => cause.Subject switch
    {
        CriterionKeys.Council => texts.Council,
        CriterionKeys.SteeringGroup => texts.SteeringGroup,
        var id => participants.TryGetValue(id, out var participant) ? participant.Name : texts.Unlisted,
    };

    private static string Noun(ForecastCause cause, ForecastTexts texts, IReadOnlyDictionary<string, ParticipantEntry> participants) =>
        participants.GetValueOrDefault(cause.Subject)?.Evidence.FirstOrDefault(e => e.Id == cause.EvidenceId) is { } evidence
            && texts.EvidenceNouns.TryGetValue(evidence.Kind, out var noun) ? noun : texts.Evidence;
}
