using System.Net;
using System.Net.Http.Headers;
using Fairtrade.Silo.Security;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Security;

/// <summary>
/// Made-up town slugs, user names and token-shaped strings are refused without a call to (and so without an activation
/// of) a grain for them, so a flood of them costs no memory.
/// </summary>
public sealed class UnknownNamesTests : IAsyncLifetime
{
    private readonly FairtradeApp _app = new();
    private HttpClient _admin = null!;
    private string _town = "";

    public async ValueTask InitializeAsync()
    {
        _admin = _app.CreateClientAs("admin");
        (_town, _) = await _admin.TownWithAccountAsync();
        await _admin.PostCreatedAsync($"/api/towns/{_town}/participants", new { id = "cafe", kind = "catering", name = "Café" });

        // The directories themselves are activated once, by the first name asked for.
        await _app.CreateClient().GetAsync("/api/towns/warm-up/status");
        await _app.NewBrowserClient().PostLoginAsync("warm-up", "a-wrong-password");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task RequestsForUnknownTownsAre404AndActivateNoTown()
    {
        // Counted by key: the town that exists posts its row to the campaign's console meanwhile, and may be asked to.
        var before = UnknownTownCalls();
        var anonymous = _app.CreateClient();

        for (var i = 0; i < 20; i++)
        {
            var slug = $"no-such-town-{i}";
            (await anonymous.GetAsync($"/api/towns/{slug}/status")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await anonymous.GetAsync($"/api/towns/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await anonymous.GetAsync($"/towns/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await anonymous.GetAsync($"/towns/{slug}/live")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await _admin.GetAsync($"/api/towns/{slug}/participants")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await _admin.GetAsync($"/manage/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        UnknownTownCalls().ShouldBe(before);
        (await anonymous.GetAsync($"/api/towns/{_town}/status")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TokenShapedStringsForUnknownAccountsOrParticipantsActivateNothing()
    {
        var accounts = CallsTo("AccountGrain");
        var participants = CallsTo("ParticipantGrain");

        for (var i = 0; i < 20; i++)
        {
            var tokens = new[]
            {
                ApiTokenValue.New($"nobody-{i}", "0123456789abcdef").Value,
                UploadLinkToken.New(_town, $"no-shop-{i}", "0123456789abcdef").Value,
                UploadLinkToken.New($"no-town-{i}", "cafe", "0123456789abcdef").Value,
            };
            foreach (var token in tokens)
            {
                var caller = _app.CreateClient();
                caller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                (await caller.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            }
        }

        CallsTo("AccountGrain").ShouldBe(accounts);
        CallsTo("ParticipantGrain").ShouldBe(participants);
    }

    [Fact]
    public async Task SignInsWithUnknownNamesActivateNoAccountAndLockLikeRealOnes()
    {
        var before = CallsTo("AccountGrain");
        var browser = _app.NewBrowserClient();

        for (var i = 0; i < 5; i++)
        {
            (await browser.PostLoginAsync("nobody-at-all", $"wrong-{i}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var sixth = await browser.PostLoginAsync("nobody-at-all", "wrong-again");
        (await sixth.Content.ReadAsStringAsync()).ShouldContain("locked until", Case.Insensitive, "a lockout must not tell that the name has no account");
        CallsTo("AccountGrain").ShouldBe(before);
    }

    private int CallsTo(string grainClass) => _app.GrainCalls.To(grainClass);

    private int UnknownTownCalls() => _app.GrainCalls.To("TownGrain", key => key.StartsWith("no-such-town", StringComparison.Ordinal));
}
