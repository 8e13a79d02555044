namespace Fairtrade.Client.Cli;

/// <summary>The command cannot be carried out as given (exit 2); the message says what to do instead.</summary>
public sealed class UsageException(string message) : Exception(message);
