using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Security;

/// <summary>Sessions end on the server, a new password ends everything made with the old one, and credentials do not live for ever.</summary>
[Collection(AppCollection.Name)]
public sealed class SessionAndTokenLifetimeTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;
    private FairtradeApp App => fixture.App;

    [Fact]
    public async Task SigningOutMakesACopyOfTheSessionCookieUseless()
    {
        var user = Api.NewSlug("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var cookies = new CookieContainer();
        var browser = Sessions.NewBrowserClient(App.CreateClient().BaseAddress!, cookies);
        (await browser.PostLoginAsync(user, "a-good-long-password")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stolen = App.CreateClient();
        stolen.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(browser.BaseAddress!));
        (await stolen.WhoAsync()).ShouldBe(user);

        var token = Sessions.FormTokenOf(await browser.GetStringAsync("/account"));
        await browser.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        (await stolen.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SigningOutInOneBrowserLeavesTheOtherSignedIn()
    {
        var user = Api.NewSlug("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var laptop = await App.SignInAsync(user);
        var phone = await App.SignInAsync(user);

        var token = Sessions.FormTokenOf(await laptop.GetStringAsync("/account"));
        await laptop.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        (await laptop.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await phone.WhoAsync()).ShouldBe(user);
    }

    [Fact]
    public async Task ANewPasswordEndsTheAccountsApiTokens()
    {
        var user = Api.NewSlug("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var session = await App.SignInAsync(user);
        var script = App.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (string)(await session.PostCreatedAsync("/api/account/tokens", new { name = "laptop" }))["token"]!);
        (await script.WhoAsync()).ShouldBe(user);

        (await session.PutAsJsonAsync("/api/account/password", new { currentPassword = "a-good-long-password", newPassword = "a-new-long-password" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await script.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await session.WhoAsync()).ShouldBe(user, "the browser that changed the password stays signed in");
        (await session.GetJsonAsync("/api/account/tokens")).AsArray().Single()!["revoked"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/account/tokens", "{\"name\":\"for ever\",\"expiresOn\":\"2027-11-27\"}")]
    [InlineData("/api/towns/{town}/participants/cafe/upload-links", "{\"expiresOn\":\"2029-02-03\"}")]
    public async Task ACredentialCannotBeMadeToWorkLongerThanItsKindMay(string path, string body)
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        var session = await App.SignInAsync(user);
        await session.PostCreatedAsync($"/api/towns/{town}/participants", new { id = "cafe", kind = "catering", name = "Café" });

        var response = await session.PostAsync(path.Replace("{town}", town), Api.RawJson(body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("expiresOn");
    }

    [Fact]
    public async Task ATokenMadeWithoutAnEndStopsWorkingAfterAYear()
    {
        await using var app = new FairtradeApp();
        var user = Api.NewSlug("coord");
        await app.CreateClientAs("admin").CreateAccountAsync(user, "coordinator", []);
        var session = await app.SignInAsync(user);
        var created = await session.PostCreatedAsync("/api/account/tokens", new { name = "script" });
        var script = app.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)created["token"]!);

        ((string?)created["expiresAt"]).ShouldNotBeNull();
        app.Clock.Advance(TimeSpan.FromDays(365));
        (await script.WhoAsync()).ShouldBe(user);
        app.Clock.Advance(TimeSpan.FromDays(2));
        (await script.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
