namespace Fairtrade.Abstractions.Notifications;

/// <summary>Who is mailed what, and in which language.</summary>
/// <param name="CoordinatorEmail">Where the coordinator's reminders and digest go; none: they are only listed.</param>
/// <param name="CoordinatorLanguage"><c>de</c> or <c>en</c>; null: the language of the town's country.</param>
/// <param name="CoordinatorDigest">Whether the coordinator gets the weekly digest.</param>
/// <param name="SteeringGroup">Steering-group members who opted in to the renewal reminders and the weekly digest.</param>
[GenerateSerializer, Immutable, Alias("fairtrade.MailPreferences")]
public sealed record MailPreferences(
    [property: Id(0)] string? CoordinatorEmail,
    [property: Id(1)] string? CoordinatorLanguage,
    [property: Id(2)] bool CoordinatorDigest,
    [property: Id(3)] MailRecipient[] SteeringGroup);
