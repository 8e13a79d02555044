namespace Fairtrade.Abstractions.Accounts;

[GenerateSerializer, Immutable, Alias("fairtrade.AccountDraft")]
public sealed record AccountDraft(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] AccountRole Role,
    [property: Id(2)] string[] Towns,
    [property: Id(3)] string PasswordHash);
