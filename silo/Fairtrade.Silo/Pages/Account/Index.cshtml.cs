using Fairtrade.Silo.Accounts;
using Fairtrade.Silo.Pages.Shared;
using Microsoft.AspNetCore.Authorization;

namespace Fairtrade.Silo.Pages.Account;

/// <summary>A person's own account: role and towns, a new password, personal API tokens.</summary>
[Authorize(Policy = Policies.Account)]
public sealed class IndexModel(IGrainFactory grains) : WorkPageModel
{
    public Abstractions.Accounts.Account Account { get; private set; } = null!;

    public ApiTokenResponse[] Tokens { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Speak(t => t.Account);
        Account = (await grains.Account(User.Identity!.Name!).GetAsync())!;
        Tokens = [.. Account.Tokens.OrderByDescending(t => t.CreatedAt).Select(ApiTokenResponse.From)];
    }

    public string RoleName => Texts.Roles.GetValueOrDefault(User.FindFirstValue(ClaimTypes.Role) ?? "", "");
}
