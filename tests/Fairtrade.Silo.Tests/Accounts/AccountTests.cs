using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Accounts;

/// <summary>Accounts through the real pipeline: sign-in, sessions, lockout, API tokens, and what each role may do.</summary>
[Collection(AppCollection.Name)]
public sealed class AccountTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;
    private FairtradeApp App => fixture.App;

    private static string NewUser(string prefix) => Api.NewSlug(prefix);

    [Fact]
    public async Task TheFirstAdminSignsInWithTheConfiguredPasswordAndLandsOnTheTowns()
    {
        var client = App.NewBrowserClient();

        var response = await client.PostLoginAsync("admin", FairtradeApp.AdminPassword);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/manage");
        (await client.GetJsonAsync("/api/me"))["role"]!.GetValue<string>().ShouldBe("admin");
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong()
    {
        var user = NewUser("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var client = App.NewBrowserClient();

        var wrongPassword = await client.PostLoginAsync(user, "not-the-password");
        var wrongUser = await client.PostLoginAsync("nobody-here", "not-the-password");

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrongPassword.Content.ReadAsStringAsync()).ShouldContain("The user name or password is not right.");
        (await wrongUser.Content.ReadAsStringAsync()).ShouldContain("The user name or password is not right.");
        (await client.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountForAQuarterOfAnHour()
    {
        // An app of its own: this test moves the clock, which the shared app's other tests rely on.
        await using var app = new FairtradeApp();
        var user = NewUser("coord");
        await app.CreateClientAs("admin").CreateAccountAsync(user, "coordinator", []);
        var client = app.NewBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.PostLoginAsync(user, $"wrong-{i}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var locked = await client.PostLoginAsync(user, "a-good-long-password");
        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("locked until");

        app.Clock.Advance(TimeSpan.FromMinutes(16));
        (await client.PostLoginAsync(user, "a-good-long-password")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task AReturnAddressOnAnotherSiteIsNotFollowed()
    {
        var user = NewUser("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);

        var response = await App.NewBrowserClient().PostLoginAsync(user, "a-good-long-password", returnUrl: "https://evil.example/");

        response.Headers.Location!.OriginalString.ShouldBe("/manage");
    }

    [Fact]
    public async Task ACoordinatorKeepsItsOwnTownAndNoOther()
    {
        var (own, other) = (Api.NewSlug(), Api.NewSlug());
        await _admin.CreateTownAsync(own);
        await _admin.CreateTownAsync(other);
        var user = NewUser("coord");
        await _admin.CreateAccountAsync(user, "coordinator", [own]);
        var session = await App.SignInAsync(user);

        await session.PostCreatedAsync($"/api/towns/{own}/participants", new { id = "cafe", kind = "catering", name = "Café" });
        var elsewhere = await session.PostAsJsonAsync($"/api/towns/{other}/participants", new { id = "cafe", kind = "catering", name = "Café" });

        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.GetAsync($"/api/towns/{other}/participants")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _admin.GetAsync($"/api/towns/{other}/participants/cafe")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await session.PostAsJsonAsync("/api/towns", new { slug = Api.NewSlug(), name = "X", population = 1000, ruleset = "de-town" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ASessionWriteWithoutThePagesAntiforgeryTokenChangesNothing()
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        var session = await App.SignInAsync(user);
        session.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");

        var response = await session.PostAsJsonAsync($"/api/towns/{town}/participants", new { id = "cafe", kind = "catering", name = "Café" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((string?)(await response.ProblemAsync())["detail"]).ShouldNotBeNull();
        (await _admin.GetAsync($"/api/towns/{town}/participants/cafe")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASteeringGroupMemberReadsItsTownWithContactsButChangesNothing()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town);
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "cafe", kind = "catering", name = "Café", contact = new { email = "cafe@example.org" } });
        var user = NewUser("sg");
        await _admin.CreateAccountAsync(user, "steering-group", [town]);
        var session = await App.SignInAsync(user);

        var cafe = await session.GetJsonAsync($"/api/towns/{town}/participants/cafe");
        var write = await session.PatchAsJsonAsync($"/api/towns/{town}/participants/cafe", new { name = "Renamed" });

        ((string?)cafe["contact"]!["email"]).ShouldBe("cafe@example.org");
        write.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ((string?)(await _admin.GetJsonAsync($"/api/towns/{town}/participants/cafe"))["name"]).ShouldBe("Café");
    }

    [Fact]
    public async Task APersonalTokenActsAsItsAccountUntilItIsRevoked()
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        var session = await App.SignInAsync(user);
        var created = await session.PostCreatedAsync("/api/account/tokens", new { name = "laptop" });
        var script = App.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)created["token"]!);

        (await script.WhoAsync()).ShouldBe(user);
        await script.PostOkAsync($"/api/towns/{town}/participants", new { id = "shop", kind = "retail", name = "Shop" });
        var listed = await session.GetJsonAsync("/api/account/tokens");
        listed.ToJsonString().ShouldNotContain((string)created["token"]!);
        (await session.DeleteAsync($"/api/account/tokens/{created["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await script.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ANewPasswordEndsTheOtherSessionsButKeepsThisOne()
    {
        var user = NewUser("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var phone = await App.SignInAsync(user);
        var laptop = await App.SignInAsync(user);

        var change = await laptop.PutAsJsonAsync("/api/account/password", new { currentPassword = "a-good-long-password", newPassword = "another-long-password" });

        change.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await laptop.WhoAsync()).ShouldBe(user);
        (await phone.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.NewBrowserClient().PostLoginAsync(user, "another-long-password")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task AWrongCurrentPasswordKeepsTheOldOne()
    {
        var user = NewUser("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var session = await App.SignInAsync(user);

        var change = await session.PutAsJsonAsync("/api/account/password", new { currentPassword = "not-it-at-all", newPassword = "another-long-password" });

        change.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await change.ProblemAsync()).ErrorFields().ShouldBe(["currentPassword"]);
        (await App.NewBrowserClient().PostLoginAsync(user, "a-good-long-password")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ADisabledAccountIsSignedOutAtOnceAndCannotSignIn()
    {
        var user = NewUser("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var session = await App.SignInAsync(user);

        (await _admin.PatchAsJsonAsync($"/api/accounts/{user}", new { disabled = true })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await session.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.NewBrowserClient().PostLoginAsync(user, "a-good-long-password")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AGivenTownCountsAtOnceInAnOpenSession()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town);
        var user = NewUser("sg");
        await _admin.CreateAccountAsync(user, "steering-group", []);
        var session = await App.SignInAsync(user);
        (await session.GetAsync($"/api/towns/{town}/participants")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await _admin.PatchAsJsonAsync($"/api/accounts/{user}", new { towns = new[] { town } })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await session.GetAsync($"/api/towns/{town}/participants")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("""{"userName":"Bad Name","displayName":"X","role":"coordinator","password":"a-good-long-password"}""", "userName")]
    [InlineData("""{"userName":"short-pw","displayName":"X","role":"coordinator","password":"short"}""", "password")]
    [InlineData("""{"userName":"no-town","displayName":"X","role":"coordinator","towns":["no-such-town"],"password":"a-good-long-password"}""", "towns")]
    [InlineData("""{"userName":"bad-role","displayName":"X","role":"king","password":"a-good-long-password"}""", "role")]
    [InlineData("""{"userName":"blank","displayName":"  ","role":"coordinator","password":"a-good-long-password"}""", "displayName")]
    public async Task ABadAccountIsRefusedNamingTheFieldAndNothingIsMade(string json, string field)
    {
        var response = await _admin.PostRawAsync("/api/accounts", json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldContain(f => f.Equals(field, StringComparison.OrdinalIgnoreCase) || f.StartsWith("$." + field, StringComparison.OrdinalIgnoreCase));
        var accounts = await _admin.GetJsonAsync("/api/accounts");
        accounts.AsArray().Select(a => (string)a!["userName"]!).ShouldNotContain(n => n == "short-pw" || n == "no-town" || n == "bad-role" || n == "blank");
    }

    [Fact]
    public async Task ATakenUserNameIsAConflictAndOnlyTheAdminMakesAccounts()
    {
        var user = NewUser("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var session = await App.SignInAsync(user);

        var again = await _admin.PostAsJsonAsync("/api/accounts", new { userName = user, displayName = "Other", role = "admin", password = "a-good-long-password" });
        var byCoordinator = await session.PostAsJsonAsync("/api/accounts", new { userName = NewUser("x"), displayName = "X", role = "admin", password = "a-good-long-password" });

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        byCoordinator.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.GetJsonAsync("/api/me"))["role"]!.GetValue<string>().ShouldBe("coordinator");
    }
    [Fact]
    public async Task ANameWithoutAnAccountIsAnsweredExactlyLikeOneWithAnAccount()
    {
        var user = NewUser("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var nobody = NewUser("nobody");
        var client = App.NewBrowserClient();

        async Task<string[]> AnswersAsync(string name)
        {
            var answers = new List<string>();
            for (var i = 0; i < 6; i++)
            {
                var response = await client.PostLoginAsync(name, $"wrong-{i}");
                response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
                var page = await response.Content.ReadAsStringAsync();
                answers.Add(page.Contains("locked until", StringComparison.Ordinal) ? "locked" : "wrong");
            }

            return [.. answers];
        }

        var known = await AnswersAsync(user);
        var unknown = await AnswersAsync(nobody);

        known.ShouldBe(["wrong", "wrong", "wrong", "wrong", "locked", "locked"]);
        unknown.ShouldBe(known);
    }

    [Fact]
    public async Task ATokenCannotMakeTokensNorChangeThePassword()
    {
        var user = NewUser("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var session = await App.SignInAsync(user);
        var created = await session.PostCreatedAsync("/api/account/tokens", new { name = "one day", expiresOn = "2026-11-26" });
        var script = App.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)created["token"]!);

        (await script.PostAsJsonAsync("/api/account/tokens", new { name = "for ever" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await script.PutAsJsonAsync("/api/account/password", new { currentPassword = "a-good-long-password", newPassword = "taken-over-password" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.GetJsonAsync("/api/account/tokens")).AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task RenamingAnAccountKeepsItsOpenPagesWorking()
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        var session = await App.SignInAsync(user);

        (await _admin.PatchAsJsonAsync($"/api/accounts/{user}", new { displayName = "A new name" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await session.PostCreatedAsync($"/api/towns/{town}/participants", new { id = "cafe", kind = "catering", name = "Café" });
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var user = NewUser("coord");
        await _admin.CreateAccountAsync(user, "coordinator", []);
        var session = await App.SignInAsync(user);
        var page = await session.GetStringAsync("/account");
        var token = Sessions.FormTokenOf(page);

        var response = await session.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ASessionEndsAfterAWeekHoweverOftenItIsUsed()
    {
        await using var app = new FairtradeApp();
        var user = NewUser("coord");
        await app.CreateClientAs("admin").CreateAccountAsync(user, "coordinator", []);
        var session = await app.SignInAsync(user);

        app.Clock.Advance(TimeSpan.FromDays(6));
        (await session.WhoAsync()).ShouldBe(user);
        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        (await session.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
    [Fact]
    public async Task AnotherKindOfAuthorizationHeaderDoesNotExcuseASessionWriteFromItsAntiforgeryToken()
    {
        var (town, user) = await _admin.TownWithAccountAsync();
        var session = await App.SignInAsync(user);
        session.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        session.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "eDp4");

        var response = await session.PostAsJsonAsync($"/api/towns/{town}/participants", new { id = "cafe", kind = "catering", name = "Café" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _admin.GetAsync($"/api/towns/{town}/participants/cafe")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
