using System.Globalization;
using Fairtrade.Abstractions.Accounts;
using Fairtrade.Abstractions.Towns;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Fairtrade.Silo.Security;

/// <summary>
/// The browser's session: an account after <c>/login</c>, or a participant after opening its upload link. The cookie
/// only says who and which session; each request asks the account or the link again, so signing out, a disabled
/// account, a new password or a revoked link ends the session at once, on every silo, even for a copied cookie.
/// </summary>
public static class SessionCookie
{
    public const string SchemeName = "Session";
    public const string CookieName = "fairtrade.session";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = "/login";
        options.AccessDeniedPath = "/denied";
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        options.SlidingExpiration = true;
        options.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = ValidateAsync,
            OnRedirectToLogin = context => ApiAnswersWith(context, StatusCodes.Status401Unauthorized),
            OnRedirectToAccessDenied = context => ApiAnswersWith(context, StatusCodes.Status403Forbidden),
        };
    }

    /// <summary>However often a session is renewed by use, after this it ends and the person signs in again.</summary>
    public static readonly TimeSpan MaxAge = AccountSession.MaxAge;

    private const string SignedInAt = "fairtrade.signed-in-at";

    /// <summary>Starts a session for the account, kept by the account so that signing out can end it.</summary>
    public static async Task SignInAsync(HttpContext http, Account account)
    {
        var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
        var session = await grains.Account(account.UserName).StartSessionAsync()
            ?? throw new InvalidOperationException($"The account '{account.UserName}' cannot start a session.");
        await http.SignInAsync(SchemeName, AccountPrincipal.For(account, SchemeName, session), Started(http));
    }

    /// <summary>Ends the browser's session on the server, then its cookie.</summary>
    public static async Task SignOutAsync(HttpContext http)
    {
        if (http.User.Identity?.Name is { } name && http.User.FindFirstValue(FairtradeClaims.Session) is { } session)
        {
            await http.RequestServices.GetRequiredService<IGrainFactory>().Account(name).EndSessionAsync(session);
        }

        await http.SignOutAsync(SchemeName);
    }

    /// <summary>Starts a session for the holder of an upload link.</summary>
    public static Task SignInAsync(HttpContext http, UploadLinkToken link) =>
        http.SignInAsync(SchemeName, new ClaimsPrincipal(new ClaimsIdentity([.. ParticipantLinks.Claims(link), new Claim(FairtradeClaims.LinkToken, link.Value)], SchemeName)), Started(http));

    private static AuthenticationProperties Started(HttpContext http) =>
        new(new Dictionary<string, string?> { [SignedInAt] = Clock(http).GetUtcNow().ToString("O", CultureInfo.InvariantCulture) });

    /// <summary>The campaign's clock, which also times lockouts, so tests can age a session.</summary>
    private static TimeProvider Clock(HttpContext http) => http.RequestServices.GetRequiredKeyedService<TimeProvider>(CampaignClock.ServiceKey);

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        var fresh = context.Properties.Items.TryGetValue(SignedInAt, out var at)
            && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedIn)
            && Clock(context.HttpContext).GetUtcNow() - signedIn < MaxAge;
        var current = fresh ? await CurrentAsync(context.Principal!, grains) : null;
        if (current is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SchemeName);
            return;
        }

        context.ReplacePrincipal(current);
    }

    private static async Task<ClaimsPrincipal?> CurrentAsync(ClaimsPrincipal principal, IGrainFactory grains)
    {
        if (principal.FindFirstValue(FairtradeClaims.LinkToken) is { } value)
        {
            return UploadLinkToken.TryParse(value, out var link)
                && await grains.Participant(link.Town, link.Participant).OpensUploadLinkAsync(link.LinkId, link.SecretHash)
                    ? principal
                    : null;
        }

        return principal.Identity?.Name is { } name
            && principal.FindFirstValue(FairtradeClaims.Session) is { } session
            && await grains.Account(name).OpensSessionAsync(session) is { } account
                ? AccountPrincipal.For(account, SchemeName, session)
                : null;
    }

    /// <summary>The API answers with a status code where a page would be redirected to the sign-in page.</summary>
    private static Task ApiAnswersWith(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else if (status == StatusCodes.Status401Unauthorized && context.Request.Path.StartsWithSegments("/upload"))
        {
            // A shop has no account to sign in with: it is told that its link no longer works.
            context.Response.Redirect("/upload");
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
