using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Security;

/// <summary>Sign-in attempts from one address are limited per minute (here 3), so a flood cannot take the cores.</summary>
public sealed class SignInLimitTests : IAsyncLifetime
{
    private readonly FairtradeApp _app = new(settings: new() { ["Fairtrade:Limits:SignInPerMinute"] = "3" });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TheFourthSignInOfAMinuteFromOneAddressIs429WithRetryAfterAndAPageInWordsEvenWithTheRightPassword()
    {
        var admin = _app.CreateClientAs("admin");
        await admin.CreateAccountAsync("flooded", "coordinator", []);
        using var browser = _app.NewBrowserClient();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var attempts = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            attempts.Add((await browser.PostLoginAsync("flooded", "not-the-password")).StatusCode);
        }

        using var limited = await browser.PostLoginAsync("flooded", "a-good-long-password");
        using var form = await browser.GetAsync("/login");

        attempts.ShouldAllBe(status => status == HttpStatusCode.Unauthorized);
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single()).ShouldBeInRange(1, 60);
        (await limited.Content.ReadAsStringAsync()).ShouldContain("Too many attempts");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PasswordChangesCountAsSignInAttemptsAndBeyondTheLimitGetProblemDetails()
    {
        var admin = _app.CreateClientAs("admin");
        await admin.CreateAccountAsync("changer", "coordinator", []);
        using var session = await _app.SignInAsync("changer");

        // The sign-in was the first attempt of the minute.
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            statuses.Add((await session.PutAsync("/api/account/password", Api.RawJson("""{"currentPassword":"wrong-guess-123","newPassword":"another-long-password"}"""))).StatusCode);
        }

        var problem = await session.PutAsync("/api/account/password", Api.RawJson("""{"currentPassword":"wrong-guess-123","newPassword":"another-long-password"}"""));

        statuses.ShouldNotContain(HttpStatusCode.TooManyRequests);
        problem.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        problem.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.Headers.RetryAfter.ShouldNotBeNull();
    }
}
