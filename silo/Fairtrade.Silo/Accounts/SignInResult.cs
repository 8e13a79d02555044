using Fairtrade.Abstractions.Accounts;

namespace Fairtrade.Silo.Accounts;

/// <summary>What a sign-in attempt came to. A wrong user name and a wrong password are told apart only here, never to the caller.</summary>
public sealed record SignInResult(Account? Account, DateTimeOffset? LockedUntil)
{
    public bool Succeeded => Account is not null;
}
