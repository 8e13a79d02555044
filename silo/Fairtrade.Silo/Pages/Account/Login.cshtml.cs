using System.ComponentModel.DataAnnotations;
using Fairtrade.Silo.Accounts;
using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.Security;
using Fairtrade.Silo.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Pages.Account;

/// <summary>Sign-in with user name and password; the form carries an antiforgery token like every form here.</summary>
public sealed class LoginModel(AccountSignIn signIn, CampaignCalendar calendar) : PageModel
{
    public WorkTexts Texts { get; private set; } = WorkTexts.English;

    [BindProperty, Required]
    public string? UserName { get; set; }

    [BindProperty, Required]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet() => Speak();

    public async Task<IActionResult> OnPostAsync()
    {
        Speak();
        var result = await signIn.CheckAsync(UserName, Password);
        if (!result.Succeeded)
        {
            Error = result.LockedUntil is { } until ? Texts.LockedOut(calendar.Local(until)) : Texts.WrongCredentials;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await SessionCookie.SignInAsync(HttpContext, result.Account!);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/manage");
    }

    private void Speak()
    {
        Texts = WorkTexts.For(PageLanguage.Choose(Request, null));
        ViewData["Work"] = Texts;
        ViewData["Title"] = Texts.SignIn;
    }
}
