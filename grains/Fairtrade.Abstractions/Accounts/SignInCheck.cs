namespace Fairtrade.Abstractions.Accounts;

/// <summary>
/// A sign-in attempt as the account grain allows it: whether the password may be checked at all now, the hash to check
/// it against (none if there is no such account) and the stamp it must still have when the result comes back.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.SignInCheck")]
public sealed record SignInCheck(
    [property: Id(0)] bool Allowed,
    [property: Id(1)] string? PasswordHash,
    [property: Id(2)] string Stamp,
    [property: Id(3)] DateTimeOffset? LockedUntil);
