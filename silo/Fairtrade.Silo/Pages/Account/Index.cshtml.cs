using System.Security.Claims;
using Fairtrade.Silo.Accounts;
using Fairtrade.Silo.Security;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages.Account;

/// <summary>A person's own account: role and towns, a new password, personal API tokens.</summary>
[Authorize(Policy = Policies.Account)]
public sealed class IndexModel(IGrainFactory grains) : PageModel
{
    public WorkTexts Texts { get; private set; } = WorkTexts.English;

    public Abstractions.Accounts.Account Account { get; private set; } = null!;

    public ApiTokenResponse[] Tokens { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Texts = WorkTexts.For(PageLanguage.Choose(Request, null));
        ViewData["Work"] = Texts;
        ViewData["Title"] = Texts.Account;
        Account = (await AccountsApi.Account(grains, User.Identity!.Name!).GetAsync())!;
        Tokens = [.. Account.Tokens.OrderByDescending(t => t.CreatedAt).Select(ApiTokenResponse.From)];
    }

    public string RoleName => Texts.Roles.GetValueOrDefault(User.FindFirstValue(ClaimTypes.Role) ?? "", "");
}
