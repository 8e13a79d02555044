namespace Fairtrade.Abstractions.Notifications;

/// <summary>A steering-group member who asked for the renewal reminders and the weekly digest, in their language.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.MailRecipient")]
public sealed record MailRecipient(
    [property: Id(0), JsonPropertyName("email")] string Email,
    [property: Id(1), JsonPropertyName("language")] string Language);
