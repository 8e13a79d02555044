using Fairtrade.Silo.Directories;

namespace Fairtrade.Silo.Accounts;

/// <summary>
/// Checks a user name and password. The account grain lets at most five guesses through per lockout; a name without an
/// account is counted and answered the same way (without a grain), and takes as long, so neither timing nor lockout
/// tells names apart.
/// </summary>
public sealed class AccountSignIn(IGrainFactory grains, KnownAccounts accounts, UnknownNameLockout unknown, Passwords passwords)
{
    /// <param name="address">The client's address: a lockout does not hold for one the account signed in from before.</param>
    public async Task<SignInResult> CheckAsync(string? userName, string? password, string? address)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        if (!Identifiers.IsValid(name) || string.IsNullOrEmpty(password) || password.Length > Passwords.MaxLength)
        {
            passwords.Check(null, password ?? "");
            return new SignInResult(null, null);
        }

        if (!await accounts.ContainsAsync(name))
        {
            var lockedUntil = unknown.Attempt(name);
            passwords.Check(null, password);
            return new SignInResult(null, lockedUntil);
        }

        var account = grains.Account(name);
        var check = await account.BeginSignInAsync(address);
        var (matches, rehashed) = passwords.Check(check.Allowed ? check.PasswordHash : null, password);
        if (!check.Allowed)
        {
            return new SignInResult(null, check.LockedUntil);
        }

        return await account.EndSignInAsync(matches, check.Stamp, rehashed, address) is { } signedIn
            ? new SignInResult(signedIn, null)
            : new SignInResult(null, check.LockedUntil);
    }
}
