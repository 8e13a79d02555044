using Fairtrade.Abstractions.Accounts;

namespace Fairtrade.Silo.Accounts;

public sealed record AccountResponse(string UserName, string DisplayName, AccountRole Role, string[] Towns, bool Disabled, DateTimeOffset CreatedAt)
{
    public static AccountResponse From(Account account) =>
        new(account.UserName, account.DisplayName, account.Role, account.Towns, account.Disabled, account.CreatedAt);
}
