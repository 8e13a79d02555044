using System.Net;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Towns;

/// <summary>The forecast in the status, and the what-if a town's readers ask for.</summary>
[Collection(AppCollection.Name)]
public sealed class ForecastTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    private static (string? Subject, string? Reason)[] Causes(JsonNode forecast) =>
        [.. forecast["firstFailure"]!["causes"]!.AsArray().Select(c => ((string?)c!["subject"], (string?)c["reason"]))];

    /// <summary>Bottrop with every criterion met today: the scenario and its last shop.</summary>
    private async Task<string> CompleteBottropAsync()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        await _admin.AddParticipantAsync(slug, "shop-22", "retail", BottropScenario.Evidence);
        return slug;
    }

    [Fact]
    public async Task TheStatusIsSafeUntilTheDayBeforeCafeMokkasDeclarationRunsOutAndSaysACafeIsMissingThen()
    {
        var slug = await CompleteBottropAsync();

        var forecast = (await _admin.GetJsonAsync($"/api/towns/{slug}/status?asOf=2026-11-25"))["forecast"]!;

        ((string?)forecast["safeUntil"]).ShouldBe("2027-01-09");
        ((string?)forecast["firstFailure"]!["on"]).ShouldBe(BottropScenario.MokkaExpires);
        ((string?)forecast["firstFailure"]!["criterion"]).ShouldBe("retail-catering");
        Causes(forecast).ShouldBe([("cafe-mokka", "evidence-runs-out"), ("catering", "missing")]);
        var mokka = forecast["firstFailure"]!["causes"]![0]!;
        ((string?)mokka["evidenceId"]).ShouldNotBeNullOrEmpty();
        ((string?)mokka["text"]).ShouldBe("its approved evidence runs out");
        var gap = forecast["firstFailure"]!["causes"]![1]!;
        ((int?)gap["missing"]).ShouldBe(1);
        ((string?)gap["text"]).ShouldBe("1 more catering outlet with at least 2 Fairtrade products");
    }

    [Fact]
    public async Task ATownNotMetTodayHasNoSafeDayAndFailsTodayWithWhatIsMissing()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);

        var forecast = (await fixture.Anonymous.GetJsonAsync($"/api/towns/{slug}/status?asOf=2026-11-25"))["forecast"]!;

        forecast["safeUntil"].ShouldBeNull();
        ((string?)forecast["firstFailure"]!["on"]).ShouldBe("2026-11-25");
        Causes(forecast).ShouldBe([("retail", "missing")]);
    }

    [Fact]
    public async Task ThePublicReadsAnUnlistedParticipantInTheCausesAsAnUnlistedParticipant()
    {
        // The scenario's participants did not agree to be listed.
        var slug = await CompleteBottropAsync();

        var forPublic = (await fixture.Anonymous.GetJsonAsync($"/api/towns/{slug}/status?asOf=2026-11-25"))["forecast"]!;
        var forCoordinator = (await _admin.GetJsonAsync($"/api/towns/{slug}/status?asOf=2026-11-25"))["forecast"]!;

        Causes(forPublic).ShouldBe([("an unlisted participant", "evidence-runs-out"), ("catering", "missing")]);
        forPublic["firstFailure"]!["causes"]![0]!.AsObject().ContainsKey("evidenceId").ShouldBeFalse();
        Causes(forCoordinator)[0].Subject.ShouldBe("cafe-mokka");
        ((string?)forPublic["safeUntil"]).ShouldBe((string?)forCoordinator["safeUntil"]);
    }

    [Fact]
    public async Task TheWhatIfAnswersAsIfTheNamedShopStoppedCountingOnTheDay()
    {
        var slug = await CompleteBottropAsync();

        var forecast = await _admin.GetJsonAsync($"/api/towns/{slug}/forecast?asOf=2026-11-25&without=shop-22");
        var plain = await _admin.GetJsonAsync($"/api/towns/{slug}/forecast?asOf=2026-11-25");

        forecast.AsObject().Select(p => p.Key).ShouldBe(["safeUntil", "firstFailure"]);
        forecast["safeUntil"].ShouldBeNull();
        ((string?)forecast["firstFailure"]!["on"]).ShouldBe("2026-11-25");
        Causes(forecast).ShouldBe([("shop-22", "left-out"), ("retail", "missing")]);
        ((string?)plain["safeUntil"]).ShouldBe("2027-01-09");
    }

    [Fact]
    public async Task TheWhatIfChangesNothing()
    {
        var slug = await CompleteBottropAsync();
        var status = await _admin.GetStringAsync($"/api/towns/{slug}/status?asOf=2026-11-25");
        var audit = await _admin.GetStringAsync($"/api/towns/{slug}/audit");

        await _admin.GetJsonAsync($"/api/towns/{slug}/forecast?asOf=2026-11-25&without=shop-22,cafe-mokka");

        (await _admin.GetStringAsync($"/api/towns/{slug}/status?asOf=2026-11-25")).ShouldBe(status);
        (await _admin.GetStringAsync($"/api/towns/{slug}/audit")).ShouldBe(audit);
        ((bool)(await _admin.GetJsonAsync($"/api/towns/{slug}/participants/shop-22"))["qualifies"]!).ShouldBeTrue();
    }

    [Fact]
    public async Task TheWhatIfIsForTheTownsReadersOnly()
    {
        var slug = await CompleteBottropAsync();
        var (other, stranger, steering) = (Api.NewSlug(), Api.NewSlug("coord"), Api.NewSlug("sg"));
        await _admin.CreateTownAsync(other);
        await _admin.CreateAccountAsync(stranger, "coordinator", [other]);
        await _admin.CreateAccountAsync(steering, "steering-group", [slug]);
        var path = $"/api/towns/{slug}/forecast?without=shop-22";

        var anonymous = await fixture.App.NewBrowserClient().GetAsync(path);
        var otherCoordinator = await (await fixture.App.SignInAsync(stranger)).GetAsync(path);
        var steeringGroup = await (await fixture.App.SignInAsync(steering)).GetAsync(path);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        otherCoordinator.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        steeringGroup.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("without=shop-22,no-such-shop", "without")]
    [InlineData("without=Shop!", "without")]
    [InlineData("without=shop-22,,cafe-mokka", "without")]
    [InlineData("asOf=2200-01-01", "asOf")]
    [InlineData("asOf=25.11.2026", "asOf")]
    public async Task AWhatIfNamingNoParticipantOrNoDayIsRefusedNamingTheField(string query, string field)
    {
        var slug = await CompleteBottropAsync();

        var response = await _admin.GetAsync($"/api/towns/{slug}/forecast?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorFields().ShouldBe([field]);
    }
}
