using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Security;

/// <summary>
/// A leaked personal API token of an admin must not be a way to take over accounts: account management needs a
/// signed-in browser or the admin token.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PersonalTokenTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;
    private FairtradeApp App => fixture.App;

    private async Task<HttpClient> AdminScriptAsync()
    {
        var admin = await App.SignInAsync("admin", FairtradeApp.AdminPassword);
        var token = (string)(await admin.PostCreatedAsync("/api/account/tokens", new { name = "script" }))["token"]!;
        var script = App.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return script;
    }

    [Fact]
    public async Task AnAdminsPersonalTokenCannotCreateAnAccount()
    {
        var script = await AdminScriptAsync();
        var user = Api.NewSlug("taker");

        var response = await script.PostAsJsonAsync(
            "/api/accounts", new { userName = user, displayName = "Taker", role = "admin", password = "a-good-long-password" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _admin.GetAsync($"/api/accounts/{user}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{\"password\":\"taken-over-password\"}")]
    [InlineData("{\"role\":\"admin\"}")]
    [InlineData("{\"disabled\":true}")]
    [InlineData("{\"towns\":[]}")]
    public async Task AnAdminsPersonalTokenCannotChangeAnAccount(string change)
    {
        var script = await AdminScriptAsync();
        var user = Api.NewSlug("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var before = (await _admin.GetJsonAsync($"/api/accounts/{user}")).ToJsonString();

        var response = await script.PatchAsync($"/api/accounts/{user}", Api.RawJson(change));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _admin.GetJsonAsync($"/api/accounts/{user}")).ToJsonString().ShouldBe(before);
        (await App.NewBrowserClient().PostLoginAsync(user, "a-good-long-password")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task AnAdminsPersonalTokenCannotOpenTheAccountPages()
    {
        var script = await AdminScriptAsync();

        (await script.GetAsync("/admin/accounts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheAdminTokenAndASignedInAdminStillManageAccounts()
    {
        var user = Api.NewSlug("coord");
        var session = await App.SignInAsync("admin", FairtradeApp.AdminPassword);

        (await _admin.PostAsJsonAsync("/api/accounts", new { userName = user, displayName = "Coord", role = "coordinator", password = "a-good-long-password" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _admin.PatchAsJsonAsync($"/api/accounts/{user}", new { password = "set-by-the-admin-token" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await session.PatchAsJsonAsync($"/api/accounts/{user}", new { role = "steering-group" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.NewBrowserClient().PostLoginAsync(user, "set-by-the-admin-token")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
