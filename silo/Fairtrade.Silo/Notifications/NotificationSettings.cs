using Fairtrade.Abstractions.Notifications;

namespace Fairtrade.Silo.Notifications;

/// <summary>Who is mailed what. A field left out of a PUT keeps its value, except the coordinator's address (left out: none).</summary>
/// <param name="CoordinatorEmail">Where the coordinator's reminders and digest are mailed; none: they are only listed.</param>
/// <param name="CoordinatorLanguage"><c>de</c>, <c>en</c>, <c>fr</c> or <c>it</c>; the town's country's language until set.</param>
/// <param name="CoordinatorDigest">Whether the coordinator gets the weekly digest (default: yes).</param>
/// <param name="SteeringGroup">Steering-group members who opt in to the renewal reminders and the weekly digest.</param>
public sealed record NotificationSettings(
    [property: TextLength(254), Email, SingleLine] string? CoordinatorEmail,
    [property: OneOf("de", "en", "fr", "it", null)] string? CoordinatorLanguage = null,
    bool? CoordinatorDigest = null,
    [property: MaxItems(50)] List<SteeringGroupSubscriber>? SteeringGroup = null)
{
    public static NotificationSettings From(MailPreferences preferences) => new(
        preferences.CoordinatorEmail, preferences.CoordinatorLanguage, preferences.CoordinatorDigest,
        [.. preferences.SteeringGroup.Select(r => new SteeringGroupSubscriber(r.Email, r.Language))]);

    /// <summary>These settings over <paramref name="current"/>: what is left out stays.</summary>
    public MailPreferences Over(MailPreferences current) => new(
        string.IsNullOrWhiteSpace(CoordinatorEmail) ? null : CoordinatorEmail.Trim(),
        CoordinatorLanguage ?? current.CoordinatorLanguage,
        CoordinatorDigest ?? current.CoordinatorDigest,
        SteeringGroup is null ? current.SteeringGroup
            : [.. SteeringGroup.DistinctBy(s => s.Email!.Trim(), StringComparer.OrdinalIgnoreCase).Select(s => new MailRecipient(s.Email!.Trim(), s.Language!))]);
}

/// <param name="Language"><c>de</c>, <c>en</c>, <c>fr</c> or <c>it</c>: the language of this member's mails.</param>
public sealed record SteeringGroupSubscriber(
    [property: Mandatory, TextLength(254), Email, SingleLine] string? Email,
    [property: Mandatory, OneOf("de", "en", "fr", "it")] string? Language);
