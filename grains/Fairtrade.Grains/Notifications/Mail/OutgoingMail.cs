namespace Fairtrade.Grains.Notifications.Mail;

/// <summary>One plain-text e-mail to one recipient.</summary>
/// <param name="MessageId">A stable id such as <c>&lt;reminder-abc@fairtrade&gt;</c>, so that a resent reminder is recognisable as the same message.</param>
public sealed record OutgoingMail(string To, string Subject, string Body, string MessageId);
