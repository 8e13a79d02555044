using Microsoft.AspNetCore.Identity;

namespace Fairtrade.Silo.Accounts;

/// <summary>Hashes and checks passwords with ASP.NET Core's password hasher (PBKDF2, salted, versioned).</summary>
public sealed class Passwords(IPasswordHasher<object> hasher)
{
    public const int MinLength = 10;
    public const int MaxLength = 200;

    private static readonly object NoUser = new();

    // Checked against when there is no such account, so a wrong user name takes as long as a wrong password.
    private readonly Lazy<string> _decoy = new(() => hasher.HashPassword(NoUser, Guid.NewGuid().ToString()));

    public string Hash(string password) => hasher.HashPassword(NoUser, password);

    /// <summary>Whether the password matches, and a new hash to store if the stored one uses older settings.</summary>
    public (bool Matches, string? Rehashed) Check(string? storedHash, string password)
    {
        var result = hasher.VerifyHashedPassword(NoUser, storedHash ?? _decoy.Value, password);
        return storedHash is null ? (false, null) : result switch
        {
            PasswordVerificationResult.Success => (true, null),
            PasswordVerificationResult.SuccessRehashNeeded => (true, Hash(password)),
            _ => (false, null),
        };
    }
}
