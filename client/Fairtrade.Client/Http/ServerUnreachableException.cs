namespace Fairtrade.Client.Http;

/// <summary>No answer from the server (exit 3).</summary>
public sealed class ServerUnreachableException(string message, Exception? inner = null) : Exception(message, inner);
