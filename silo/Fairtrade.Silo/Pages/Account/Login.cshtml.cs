using System.ComponentModel.DataAnnotations;
using Fairtrade.Silo.Accounts;
using Fairtrade.Silo.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Fairtrade.Silo.Pages.Account;

/// <summary>Sign-in with user name and password; the form carries an antiforgery token like every form here.</summary>
[EnableRateLimiting(SignInLimit.Policy)]
public sealed class LoginModel(AccountSignIn signIn, CampaignCalendar calendar) : WorkPageModel
{
    [BindProperty, Required]
    public string? UserName { get; set; }

    [BindProperty, Required]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet() => Speak(t => t.SignIn);

    public async Task<IActionResult> OnPostAsync()
    {
        Speak(t => t.SignIn);
        var result = await signIn.CheckAsync(UserName, Password, HttpContext.Connection.RemoteIpAddress?.ToString());
        if (!result.Succeeded)
        {
            Error = result.LockedUntil is { } until ? Texts.LockedOut(calendar.Local(until)) : Texts.WrongCredentials;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await SessionCookie.SignInAsync(HttpContext, result.Account!);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/manage");
    }
}
