namespace Fairtrade.Client.Http;

/// <summary>The server answered with an error (exit 1); the message is the problem in plain words.</summary>
public sealed class ServerRefusedException(string message) : Exception(message);
