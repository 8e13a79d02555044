using Fairtrade.Abstractions.Audit;

namespace Fairtrade.Silo.Audit;

/// <summary>An audit entry as docs/api.md shows it: <c>details</c> maps each changed field to its old and new value.</summary>
public sealed record AuditRecord(DateTimeOffset At, string Actor, string Action, string Subject, Dictionary<string, FieldChange> Details)
{
    public static AuditRecord From(AuditEntry entry) => new(entry.At, entry.Actor, entry.Action, entry.Subject, entry.Changes);
}
