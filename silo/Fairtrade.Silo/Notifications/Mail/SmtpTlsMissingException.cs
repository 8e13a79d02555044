namespace Fairtrade.Silo.Notifications.Mail;

/// <summary>
/// The server does not offer the STARTTLS this configuration requires. Not a refusal of the message: it stays unsent
/// and goes out at a later sweep once the server or the settings are put right.
/// </summary>
public sealed class SmtpTlsMissingException(string message) : Exception(message);
