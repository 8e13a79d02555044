using Fairtrade.Abstractions.Accounts;

namespace Fairtrade.Silo.Accounts;

/// <summary>Every account, for the API's list and the administrator's page.</summary>
public static class AccountList
{
    /// <summary>Every account, in the order of their user names.</summary>
    public static async Task<Account[]> AllAsync(IGrainFactory grains)
    {
        var names = await grains.AccountDirectory().ListAsync();
        return [.. (await Task.WhenAll(names.Select(n => grains.Account(n).GetAsync()))).OfType<Account>()];
    }
}
