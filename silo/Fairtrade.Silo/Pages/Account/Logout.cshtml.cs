using Fairtrade.Silo.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages.Account;

/// <summary>Signing out is a form post (with its antiforgery token), so no other site can sign a person out with a link.</summary>
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(SessionCookie.SchemeName);
        return LocalRedirect("/");
    }
}
