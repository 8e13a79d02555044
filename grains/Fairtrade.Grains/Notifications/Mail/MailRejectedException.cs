namespace Fairtrade.Grains.Notifications.Mail;

/// <summary>The message cannot be delivered, whenever it is tried (a malformed address, a 5xx answer); unlike a server that is down.</summary>
public sealed class MailRejectedException(string message, Exception inner) : Exception(message, inner);
