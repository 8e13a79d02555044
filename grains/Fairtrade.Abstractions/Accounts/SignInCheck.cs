namespace Fairtrade.Abstractions.Accounts;

/// <summary>What the web server needs to check a password: the hash, and whether the account may sign in at all now.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.SignInCheck")]
public sealed record SignInCheck(
    [property: Id(0)] string PasswordHash,
    [property: Id(1)] DateTimeOffset? LockedUntil,
    [property: Id(2)] bool Disabled);
