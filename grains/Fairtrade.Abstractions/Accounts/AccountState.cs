namespace Fairtrade.Abstractions.Accounts;

[GenerateSerializer, Alias("fairtrade.AccountState")]
public sealed class AccountState
{
    [Id(0)] public bool Exists { get; set; }

    [Id(1)] public string DisplayName { get; set; } = "";

    [Id(2)] public AccountRole Role { get; set; }

    [Id(3)] public SortedSet<string> Towns { get; set; } = new(StringComparer.Ordinal);

    [Id(4)] public string PasswordHash { get; set; } = "";

    [Id(5)] public bool Disabled { get; set; }

    [Id(6)] public DateTimeOffset CreatedAt { get; set; }

    [Id(7)] public int FailedSignIns { get; set; }

    [Id(8)] public DateTimeOffset? LockedUntil { get; set; }

    [Id(9)] public List<ApiToken> Tokens { get; set; } = [];

    /// <summary>Changes with the password, so a new password ends every other session.</summary>
    [Id(10)] public string SecurityStamp { get; set; } = "";

    /// <summary>The client addresses the account last signed in from (most recent first): a lockout does not hold for them.</summary>
    [Id(11)] public List<string> SignedInFrom { get; set; } = [];

    /// <summary>The account's open browser sessions, newest first; a stolen cookie stops working once its session ends.</summary>
    [Id(12)] public List<AccountSession> Sessions { get; set; } = [];
}
