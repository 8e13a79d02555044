using Fairtrade.Silo.Pages.Manage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Fairtrade.Silo.Pages.Admin;

/// <summary>One account for the admin: name, role, towns, a new password, disabling.</summary>
[Authorize(Policy = Policies.AccountAdmin)]
public sealed class AccountModel(IGrainFactory grains) : ManagePageModel
{
    public Abstractions.Accounts.Account Account { get; private set; } = null!;

    public string RoleName => Roles.Of(Account.Role);

    public async Task<IActionResult> OnGetAsync(string userName)
    {
        if (!Identifiers.IsValid(userName) || await grains.Account(userName).GetAsync() is not { } account)
        {
            return NotFound();
        }

        Account = account;
        Speak(_ => account.UserName);
        return Page();
    }
}
