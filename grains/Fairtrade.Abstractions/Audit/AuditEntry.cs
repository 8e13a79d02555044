namespace Fairtrade.Abstractions.Audit;

/// <summary>One change, by whom and when: <paramref name="Changes"/> holds each changed field's old and new value.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("at")] DateTimeOffset At,
    [property: Id(2), JsonPropertyName("actor")] string Actor,
    [property: Id(3), JsonPropertyName("action")] string Action,
    [property: Id(4), JsonPropertyName("subject")] string Subject,
    [property: Id(5), JsonPropertyName("changes")] Dictionary<string, FieldChange> Changes);
