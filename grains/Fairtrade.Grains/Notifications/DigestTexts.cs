using System.Globalization;
using Fairtrade.Grains.Localization;
using Fairtrade.Rules.Forecast;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;

namespace Fairtrade.Grains.Notifications;

/// <summary>The weekly digest's wording (DigestTexts.*.resx): its subject line, the status, its sections' headings and lines.</summary>
internal sealed class DigestTexts : TextCatalog<DigestTexts>
{
    public string DayPattern => Get();
    public string MomentPattern => Get();
    public string Title(string town, DateOnly week) => Format(nameof(Title), town, Day(week));

    public IReadOnlyDictionary<string, string> Overall => Group(Enum.GetNames<OverallStatus>());
    public IReadOnlyDictionary<string, string> TitleStates => Group(Enum.GetNames<TitleState>());
    public IReadOnlyDictionary<string, string> CriterionNames => Group([.. CriterionKeys.Titles.Keys]);
    public string StatusCriteria(string overall) => Format(nameof(StatusCriteria), overall);
    public string StatusTitle(string state) => Format(nameof(StatusTitle), state);
    public string StatusTitleRenewal(string state, string due) => Format(nameof(StatusTitleRenewal), state, due);

    public string NothingChanged => Get();
    public string Changed(int count) => Format(nameof(Changed), count);
    public string NothingWaiting => Get();
    public string Waiting(int count) => Format(nameof(Waiting), count);
    public string NothingRunsOut => Get();
    public string RunningOut(int count) => Format(nameof(RunningOut), count);
    public string More(int count) => Format(nameof(More), count);
    public string Since(DateOnly day) => Format(nameof(Since), Day(day));
    public string LastDay(DateOnly day) => Format(nameof(LastDay), Day(day));

    public string RenewalSubmitted(string day) => Format(nameof(RenewalSubmitted), day);
    public string RenewalDeadline(string day) => Format(nameof(RenewalDeadline), day);

    public string ForecastNotMet => Get();
    public string ForecastSafe(string until) => Format(nameof(ForecastSafe), until);

    /// <param name="causes">The rules' own account of the causes, in English: a language that cannot tell them leaves its <c>{3}</c> out.</param>
    public string ForecastFails(string until, string on, string criterion, string causes) => Format(nameof(ForecastFails), until, on, criterion, causes);

    [Composed]
    public string Status(OverallStatus overall, TitleStatus title) => string.Join(" ",
        StatusCriteria(Overall[overall.ToString()]),
        title.RenewalDueOn is { } due ? StatusTitleRenewal(TitleStates[title.State.ToString()], Day(due)) : StatusTitle(TitleStates[title.State.ToString()]));

    [Composed]
    public string ChangedHeading(int count) => count == 0 ? NothingChanged : Changed(count);

    [Composed]
    public string WaitingHeading(int count) => count == 0 ? NothingWaiting : Waiting(count);

    [Composed]
    public string RunningOutHeading(int count) => count == 0 ? NothingRunsOut : RunningOut(count);

    [Composed]
    public string Renewal(DateOnly deadline, DateOnly? submitted) =>
        submitted is { } on ? RenewalSubmitted(Day(on)) : RenewalDeadline(Day(deadline));

    [Composed]
    public string Forecast(TitleForecast forecast) => forecast switch
    {
        { SafeUntil: null } => ForecastNotMet,
        { FirstFailure: { } failure } => ForecastFails(Day(forecast.SafeUntil.Value), Day(failure.On),
            CriterionNames.GetValueOrDefault(failure.Criterion, failure.Criterion), string.Join("; ", failure.Causes.Select(c => c.Text))),
        _ => ForecastSafe(Day(forecast.SafeUntil.Value)),
    };

    [Composed]
    public string Day(DateOnly day) => day.ToString(DayPattern, CultureInfo.InvariantCulture);

    /// <summary>A moment already on the campaign's clock.</summary>
    [Composed]
    public string Moment(DateTimeOffset local) => local.ToString(MomentPattern, CultureInfo.InvariantCulture);
}
