namespace Fairtrade.Silo.Renewals;

/// <summary>What the town's renewal page says, in German and in English.</summary>
public sealed record RenewalTexts
{
    public required string Tab { get; init; }
    public required string Title { get; init; }
    public required string AwardedOn { get; init; }
    public required string DueOn { get; init; }
    public required string NeverInvited { get; init; }
    public required string Invite { get; init; }
    public required string InvitedOn { get; init; }
    public required string Deadline { get; init; }
    public required Func<int, string> DaysLeft { get; init; }
    public required string Submit { get; init; }
    public required string SubmitHelp { get; init; }
    public required string SubmittedOn { get; init; }
    public required string Late { get; init; }
    public required string FrozenWorkbook { get; init; }
    public required string FrozenStatus { get; init; }
    public required string Decide { get; init; }
    public required string Decision { get; init; }
    public required string DecidedOn { get; init; }
    public required string Comment { get; init; }
    public required string Waiting { get; init; }
    public required IReadOnlyDictionary<string, string> Decisions { get; init; }

    public static RenewalTexts For(string language) => language == "de" ? German : English;

    public static readonly RenewalTexts German = new()
    {
        Tab = "Erneuerung",
        Title = "Titel",
        AwardedOn = "Verliehen am",
        DueOn = "Erneuerung fällig am",
        NeverInvited = "Die Kampagne hat noch nicht zur Erneuerung eingeladen.",
        Invite = "Zur Erneuerung einladen",
        InvitedOn = "Eingeladen am",
        Deadline = "Antwortfrist",
        DaysLeft = days => days switch { < 0 => $"seit {-days} Tagen abgelaufen", 0 => "heute", 1 => "noch 1 Tag", _ => $"noch {days} Tage" },
        Submit = "Erneuerung einreichen",
        SubmitHelp = "Die Arbeitsmappe und der Stand von heute werden eingefroren und bleiben so, wie sie heute sind.",
        SubmittedOn = "Eingereicht am",
        Late = "nach der Frist",
        FrozenWorkbook = "Eingereichte Arbeitsmappe",
        FrozenStatus = "Eingereichter Stand (JSON)",
        Decide = "Entscheidung festhalten",
        Decision = "Entscheidung",
        DecidedOn = "Entschieden am",
        Comment = "Bemerkung",
        Waiting = "Wartet auf die Entscheidung der Kampagne.",
        Decisions = new Dictionary<string, string> { ["renewed"] = "erneuert", ["conditional"] = "unter Auflagen erneuert", ["denied"] = "abgelehnt" },
    };

    public static readonly RenewalTexts English = new()
    {
        Tab = "Renewal",
        Title = "Title",
        AwardedOn = "Awarded on",
        DueOn = "Renewal due on",
        NeverInvited = "The campaign has not invited this town to renew yet.",
        Invite = "Invite to renew",
        InvitedOn = "Invited on",
        Deadline = "Deadline",
        DaysLeft = days => days switch { < 0 => $"passed {-days} days ago", 0 => "today", 1 => "1 day left", _ => $"{days} days left" },
        Submit = "Submit the renewal",
        SubmitHelp = "Today's workbook and status are frozen and stay exactly as they are today.",
        SubmittedOn = "Submitted on",
        Late = "after the deadline",
        FrozenWorkbook = "Submitted workbook",
        FrozenStatus = "Submitted status (JSON)",
        Decide = "Record the decision",
        Decision = "Decision",
        DecidedOn = "Decided on",
        Comment = "Comment",
        Waiting = "Waiting for the campaign's decision.",
        Decisions = new Dictionary<string, string> { ["renewed"] = "renewed", ["conditional"] = "renewed on conditions", ["denied"] = "denied" },
    };
}
