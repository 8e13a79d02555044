namespace Fairtrade.Abstractions.Accounts;

/// <summary>
/// One person's account (key: the user name). Passwords are hashed and checked by the web server; the grain keeps the
/// hash, counts sign-in attempts and locks the account after too many failures.
/// </summary>
[Alias("fairtrade.IAccountGrain")]
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>The new account, or null if the user name is taken.</summary>
    [Alias("Create")]
    Task<Account?> CreateAsync(AccountDraft draft);

    [Alias("Get")]
    Task<Account?> GetAsync();

    /// <summary>The changed account, or null if there is none.</summary>
    [Alias("Update")]
    Task<Account?> UpdateAsync(AccountChanges changes);

    /// <summary>
    /// Sets a new password hash and lifts a lockout; ends every session and API token of the account, since whoever
    /// learned the old password may have made them. False if there is no account.
    /// </summary>
    [Alias("SetPasswordHash")]
    Task<bool> SetPasswordHashAsync(string passwordHash);

    /// <summary>
    /// Starts a sign-in attempt. Each attempt counts as a failure until it is reported a success, so no more than
    /// <c>5</c> guesses are ever checked per lockout, however many arrive at once. A user name without an account
    /// behaves the same (in memory), though the web server counts those itself and asks only for listed names. A lockout does not hold for an
    /// address the account signed in from before, so guesses from elsewhere cannot keep its owner out.
    /// </summary>
    /// <param name="address">The client's address, if known.</param>
    [Alias("BeginSignIn")]
    Task<SignInCheck> BeginSignInAsync(string? address);

    /// <summary>
    /// Reports whether the password matched. The account, if the sign-in succeeds: it exists, is not disabled, and its
    /// password did not change since the attempt began (then a rehashed password may be stored, and the address is
    /// remembered).
    /// </summary>
    [Alias("EndSignIn")]
    Task<Account?> EndSignInAsync(bool passwordMatched, string stamp, string? rehashedPassword, string? address);

    /// <summary>The new token, or null if there is no account or the id is taken.</summary>
    [Alias("CreateToken")]
    Task<ApiToken?> CreateTokenAsync(string id, string name, string secretHash, DateTimeOffset? expiresAt);

    /// <summary>Null if there is no such token; else whether this revoked it.</summary>
    [Alias("RevokeToken")]
    Task<bool?> RevokeTokenAsync(string id);

    /// <summary>The account, if the secret's hash opens one of its working tokens and the account is not disabled.</summary>
    [Alias("OpensToken")]
    Task<Account?> OpensTokenAsync(string id, string secretHash);

    /// <summary>Opens a browser session after a successful sign-in: its id, or null if there is no working account.</summary>
    [Alias("StartSession")]
    Task<string?> StartSessionAsync();

    /// <summary>The account, if the session is open, not older than <see cref="AccountSession.MaxAge"/>, and the account not disabled.</summary>
    [Alias("OpensSession")]
    Task<Account?> OpensSessionAsync(string sessionId);

    /// <summary>Ends a session (signing out): its cookie stops working everywhere at once.</summary>
    [Alias("EndSession")]
    Task EndSessionAsync(string sessionId);
}
