namespace Fairtrade.Rules.Reminders;

[GenerateSerializer, Alias("fairtrade.ReminderKind")]
public enum ReminderKind
{
    /// <summary>A subject's evidence runs out and nothing newer follows it.</summary>
    EvidenceExpiring,

    /// <summary>The title's renewal falls due.</summary>
    RenewalDue,
}
