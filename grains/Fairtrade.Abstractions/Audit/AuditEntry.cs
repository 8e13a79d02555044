namespace Fairtrade.Abstractions.Audit;

/// <summary>One change, by whom and when: <paramref name="Changes"/> holds each changed field's old and new value.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Action,
    [property: Id(4)] string Subject,
    [property: Id(5)] Dictionary<string, FieldChange> Changes);
