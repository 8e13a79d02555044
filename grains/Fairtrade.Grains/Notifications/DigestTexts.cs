using System.Globalization;
using Fairtrade.Rules.Forecast;
using Fairtrade.Rules.Rulesets;
using Fairtrade.Rules.Status;

namespace Fairtrade.Grains.Notifications;

/// <summary>The weekly digest's wording, in German and in English.</summary>
internal sealed record DigestTexts
{
    public required Func<string, DateOnly, string> Title { get; init; }
    public required Func<OverallStatus, TitleStatus, string> Status { get; init; }
    public required Func<int, string> ChangedHeading { get; init; }
    public required Func<int, string> WaitingHeading { get; init; }
    public required Func<int, string> RunningOutHeading { get; init; }
    public required Func<int, string> More { get; init; }
    public required Func<DateOnly, string> Since { get; init; }
    public required Func<DateOnly, string> LastDay { get; init; }
    public required Func<DateOnly, DateOnly?, string> Renewal { get; init; }
    public required Func<DateTimeOffset, string> Moment { get; init; }
    public required Func<TitleForecast, string> Forecast { get; init; }

    public static DigestTexts For(string language, Func<DateTimeOffset, DateTimeOffset> local) => language == "de" ? German(local) : English(local);

    private static DigestTexts English(Func<DateTimeOffset, DateTimeOffset> local) => new()
    {
        Title = (town, week) => $"{town}: Fairtrade Town weekly digest, week of {Day(week)}",
        Status = (overall, title) => $"Criteria: {overall switch { OverallStatus.Met => "every criterion met", OverallStatus.AtRisk => "met, but at risk", _ => "not every criterion met" }}. "
            + $"Title: {title.State switch { TitleState.Candidate => "working towards it", TitleState.Awarded => "awarded", TitleState.RenewalDue => "due for renewal", _ => "lapsed" }}"
            + (title.RenewalDueOn is { } due ? $", renewal due on {Day(due)}." : "."),
        ChangedHeading = count => count == 0 ? "Nothing changed in the last 7 days." : $"Changed in the last 7 days ({count}):",
        WaitingHeading = count => count == 0 ? "Nothing waits for review." : $"Waiting for review ({count}):",
        RunningOutHeading = count => count == 0 ? "Nothing runs out in the next 60 days." : $"Running out in the next 60 days ({count}):",
        More = count => $"… and {count} more",
        Since = day => $"dated {Day(day)}",
        LastDay = day => $"counts until {Day(day)}",
        Renewal = (deadline, submitted) => submitted is { } on ? $"The renewal was submitted on {Day(on)}; the campaign's decision is awaited."
            : $"The renewal must be submitted by {Day(deadline)}.",
        Moment = at => local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        Forecast = forecast => forecast switch
        {
            { SafeUntil: null } => "Forecast: not every criterion is met today.",
            { FirstFailure: { } failure } => $"Forecast: safe until {Day(forecast.SafeUntil.Value)}; on {Day(failure.On)} the criterion \"{CriterionKeys.Titles[failure.Criterion]}\" fails: "
                + string.Join("; ", failure.Causes.Select(c => c.Text)) + ".",
            _ => $"Forecast: every criterion holds for the whole year ahead (until {Day(forecast.SafeUntil.Value)}).",
        },
    };

    private static DigestTexts German(Func<DateTimeOffset, DateTimeOffset> local) => new()
    {
        Title = (town, week) => $"{town}: Wochenüberblick Fairtrade-Town, Woche ab {Tag(week)}",
        Status = (overall, title) => $"Kriterien: {overall switch { OverallStatus.Met => "alle erfüllt", OverallStatus.AtRisk => "erfüllt, aber gefährdet", _ => "noch nicht alle erfüllt" }}. "
            + $"Titel: {title.State switch { TitleState.Candidate => "auf dem Weg dorthin", TitleState.Awarded => "verliehen", TitleState.RenewalDue => "zur Erneuerung fällig", _ => "abgelaufen" }}"
            + (title.RenewalDueOn is { } due ? $", Erneuerung fällig am {Tag(due)}." : "."),
        ChangedHeading = count => count == 0 ? "In den letzten 7 Tagen hat sich nichts geändert." : $"Geändert in den letzten 7 Tagen ({count}):",
        WaitingHeading = count => count == 0 ? "Nichts wartet auf Prüfung." : $"Wartet auf Prüfung ({count}):",
        RunningOutHeading = count => count == 0 ? "In den nächsten 60 Tagen läuft nichts ab." : $"Läuft in den nächsten 60 Tagen ab ({count}):",
        More = count => $"… und {count} weitere",
        Since = day => $"vom {Tag(day)}",
        LastDay = day => $"zählt bis {Tag(day)}",
        Renewal = (deadline, submitted) => submitted is { } on ? $"Die Erneuerung wurde am {Tag(on)} eingereicht; die Entscheidung der Kampagne steht aus."
            : $"Die Erneuerung ist bis {Tag(deadline)} einzureichen.",
        Moment = at => local(at).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
        Forecast = forecast => forecast switch
        {
            { SafeUntil: null } => "Vorschau: Heute sind nicht alle Kriterien erfüllt.",
            { FirstFailure: { } failure } => $"Vorschau: sicher bis {Tag(forecast.SafeUntil.Value)}; am {Tag(failure.On)} ist das Kriterium „{Kriterien[failure.Criterion]}“ nicht mehr erfüllt.",
            _ => $"Vorschau: Alle Kriterien bleiben das ganze kommende Jahr erfüllt (bis {Tag(forecast.SafeUntil.Value)}).",
        },
    };

    private static readonly Dictionary<string, string> Kriterien = new()
    {
        [CriterionKeys.Council] = "Ratsbeschluss",
        [CriterionKeys.SteeringGroup] = "Steuerungsgruppe",
        [CriterionKeys.RetailCatering] = "Einzelhandel und Gastronomie",
        [CriterionKeys.CivilSociety] = "Zivilgesellschaft",
        [CriterionKeys.Media] = "Öffentlichkeitsarbeit",
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Tag(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
