namespace Fairtrade.Abstractions.Accounts;

/// <summary>
/// One person's account (key: the user name). Passwords are hashed and checked by the web server; the grain keeps the
/// hash, counts failed sign-ins and locks the account after too many.
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

    /// <summary>Sets a new password hash and lifts a lockout; false if there is no account.</summary>
    [Alias("SetPasswordHash")]
    Task<bool> SetPasswordHashAsync(string passwordHash);

    /// <summary>Null if there is no such account.</summary>
    [Alias("GetSignInCheck")]
    Task<SignInCheck?> GetSignInCheckAsync();

    /// <summary>
    /// Records a sign-in attempt; a success resets the count (and may store a rehashed password), a failure may lock the
    /// account. Returns until when the account is locked, if it is.
    /// </summary>
    [Alias("RecordSignIn")]
    Task<DateTimeOffset?> RecordSignInAsync(bool succeeded, string? rehashedPassword);

    /// <summary>The new token, or null if there is no account or the id is taken.</summary>
    [Alias("CreateToken")]
    Task<ApiToken?> CreateTokenAsync(string id, string name, string secretHash, DateTimeOffset? expiresAt);

    /// <summary>Null if there is no such token; else whether this revoked it.</summary>
    [Alias("RevokeToken")]
    Task<bool?> RevokeTokenAsync(string id);

    /// <summary>The account, if the secret's hash opens one of its working tokens and the account is not disabled.</summary>
    [Alias("OpensToken")]
    Task<Account?> OpensTokenAsync(string id, string secretHash);
}
