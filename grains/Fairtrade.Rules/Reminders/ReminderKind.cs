namespace Fairtrade.Rules.Reminders;

[GenerateSerializer, Alias("fairtrade.ReminderKind")]
public enum ReminderKind
{
    /// <summary>A subject's evidence runs out and nothing newer follows it.</summary>
    [JsonStringEnumMemberName("evidence-expiring")] EvidenceExpiring,

    /// <summary>The title's renewal falls due.</summary>
    [JsonStringEnumMemberName("renewal-due")] RenewalDue,

    /// <summary>The town's answer to the campaign's renewal invitation is due.</summary>
    [JsonStringEnumMemberName("renewal-deadline")] RenewalDeadline,

    /// <summary>The weekly digest: what changed, what waits for review, what runs out, the forecast.</summary>
    [JsonStringEnumMemberName("weekly-digest")] WeeklyDigest,
}
