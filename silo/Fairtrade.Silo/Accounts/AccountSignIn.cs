using Fairtrade.Abstractions.Accounts;
using Fairtrade.Silo.Http;

namespace Fairtrade.Silo.Accounts;

/// <summary>Checks a user name and password against the account, counting failures towards its lockout.</summary>
public sealed class AccountSignIn(IGrainFactory grains, Passwords passwords)
{
    public async Task<SignInResult> CheckAsync(string? userName, string? password)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        if (!Identifiers.IsValid(name) || string.IsNullOrEmpty(password) || password.Length > Passwords.MaxLength)
        {
            passwords.Check(null, password ?? "");
            return new SignInResult(null, null);
        }

        var account = grains.GetGrain<IAccountGrain>(name);
        var check = await account.GetSignInCheckAsync();
        var (matches, rehashed) = passwords.Check(check?.PasswordHash, password);
        if (check is null)
        {
            return new SignInResult(null, null);
        }

        if (check.LockedUntil is { } locked)
        {
            return new SignInResult(null, locked);
        }

        var lockedUntil = await account.RecordSignInAsync(matches && !check.Disabled, rehashed);
        return matches && !check.Disabled ? new SignInResult(await account.GetAsync(), null) : new SignInResult(null, lockedUntil);
    }
}
