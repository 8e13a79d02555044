namespace Fairtrade.Silo.Accounts;

/// <summary>Who the caller is: an account, the admin token, or an upload link (then <c>participant</c> says whose).</summary>
public sealed record WhoAmIResponse(string Name, string Role, string[] Towns, string? Participant);
