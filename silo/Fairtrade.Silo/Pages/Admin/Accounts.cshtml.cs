using Fairtrade.Abstractions.Towns;
using Fairtrade.Silo.Accounts;
using Fairtrade.Silo.Pages.Manage;
using Microsoft.AspNetCore.Authorization;

namespace Fairtrade.Silo.Pages.Admin;

/// <summary>The admin's list of accounts, and a form for a new one.</summary>
[Authorize(Policy = Policies.AccountAdmin)]
public sealed class AccountsModel(IGrainFactory grains) : ManagePageModel
{
    public Abstractions.Accounts.Account[] Accounts { get; private set; } = [];

    public string[] Towns { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Speak(t => t.Accounts);
        Accounts = await AccountList.AllAsync(grains);
        Towns = await grains.TownDirectory().ListAsync();
    }
}
