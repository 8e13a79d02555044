using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages.Account;

/// <summary>
/// Signing out is a form post (with its antiforgery token), so no other site can sign a person out with a link. It ends
/// the session on the server too: a copy of the cookie stops working.
/// </summary>
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await SessionCookie.SignOutAsync(HttpContext);
        return LocalRedirect("/");
    }
}
