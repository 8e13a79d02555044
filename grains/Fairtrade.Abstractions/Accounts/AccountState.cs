namespace Fairtrade.Abstractions.Accounts;

[GenerateSerializer, Alias("fairtrade.AccountState")]
public sealed class AccountState
{
    [Id(0), JsonPropertyName("exists")] public bool Exists { get; set; }

    [Id(1), JsonPropertyName("displayName")] public string DisplayName { get; set; } = "";

    [Id(2), JsonPropertyName("role")] public AccountRole Role { get; set; }

    [Id(3), JsonPropertyName("towns")] public SortedSet<string> Towns { get; set; } = new(StringComparer.Ordinal);

    [Id(4), JsonPropertyName("passwordHash")] public string PasswordHash { get; set; } = "";

    [Id(5), JsonPropertyName("disabled")] public bool Disabled { get; set; }

    [Id(6), JsonPropertyName("createdAt")] public DateTimeOffset CreatedAt { get; set; }

    [Id(7), JsonPropertyName("failedSignIns")] public int FailedSignIns { get; set; }

    [Id(8), JsonPropertyName("lockedUntil")] public DateTimeOffset? LockedUntil { get; set; }

    [Id(9), JsonPropertyName("tokens")] public List<ApiToken> Tokens { get; set; } = [];

    /// <summary>Changes with the password, so a new password ends every other session.</summary>
    [Id(10), JsonPropertyName("securityStamp")] public string SecurityStamp { get; set; } = "";

    /// <summary>The client addresses the account last signed in from (most recent first): a lockout does not hold for them.</summary>
    [Id(11), JsonPropertyName("signedInFrom")] public List<string> SignedInFrom { get; set; } = [];

    /// <summary>The account's open browser sessions, newest first; a stolen cookie stops working once its session ends.</summary>
    [Id(12), JsonPropertyName("sessions")] public List<AccountSession> Sessions { get; set; } = [];
}
