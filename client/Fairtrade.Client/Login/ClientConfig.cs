namespace Fairtrade.Client.Login;

/// <summary>What <c>fairtrade login</c> keeps: the server and the token for it.</summary>
public sealed record ClientConfig(string Server, string Token);
