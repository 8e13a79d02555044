namespace Fairtrade.Abstractions.Accounts;

/// <summary>An account as the web server sees it: never its password hash; tokens only as hashes of their secrets.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.Account")]
public sealed record Account(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] AccountRole Role,
    [property: Id(3)] string[] Towns,
    [property: Id(4)] bool Disabled,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] ApiToken[] Tokens,
    [property: Id(7)] string SecurityStamp);
