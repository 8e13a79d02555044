using System.Globalization;
using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Towns;

[Collection(ServerCollection.Name)]
public sealed class TownsCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();

    [Fact]
    public async Task CreateMakesATownThatListAndShowThenFind()
    {
        await _cli.LoginAsync(server);
        var slug = Arrange.NewSlug();

        var created = await _cli.RunAsync("towns", "create", slug, "--name", "Aachen", "--population", "249070", "--title-awarded-on", "2025-03-01");
        var list = await _cli.RunAsync("towns", "list");
        var show = await _cli.RunAsync("towns", "show", slug, "--json");

        created.ExitCode.ShouldBe(ExitCodes.Success, created.ToString());
        list.Out.ShouldContain(slug);
        var town = JsonNode.Parse(show.Out)!;
        ((string?)town["name"]).ShouldBe("Aachen");
        ((string?)town["titleAwardedOn"]).ShouldBe("2025-03-01");
    }

    [Fact]
    public async Task ListAsJsonIsTheServersArray()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var list = await _cli.RunAsync("towns", "list", "--json");

        list.ExitCode.ShouldBe(ExitCodes.Success, list.ToString());
        JsonNode.Parse(list.Out)!.AsArray().Select(t => (string?)t!["slug"]).ShouldContain(slug);
    }

    [Fact]
    public async Task CreatingATownTwiceIsRefusedInPlainWords()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var again = await _cli.RunAsync("towns", "create", slug, "--name", "Again", "--population", "1000");

        again.ExitCode.ShouldBe(ExitCodes.Refused);
        again.Error.ShouldContain("409");
        again.Error.ShouldContain("exists already");
    }

    [Fact]
    public async Task AnInvalidFieldIsNamedInTheMessage()
    {
        await _cli.LoginAsync(server);

        var created = await _cli.RunAsync("towns", "create", Arrange.NewSlug(), "--name", "Nowhere", "--population", "1000", "--ruleset", "no-such-rules");

        created.ExitCode.ShouldBe(ExitCodes.Refused);
        created.Error.ShouldContain("ruleset: There is no ruleset 'no-such-rules'");
    }

    [Fact]
    public async Task EditChangesOnlyWhatIsGiven()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var edited = await _cli.RunAsync("towns", "edit", slug, "--last-renewed-on", "2026-03-01");

        edited.ExitCode.ShouldBe(ExitCodes.Success, edited.ToString());
        var town = await server.GetAsync($"api/towns/{slug}");
        ((string?)town["lastRenewedOn"]).ShouldBe("2026-03-01");
        ((string?)town["titleAwardedOn"]).ShouldBe("2025-03-01");
    }

    [Fact]
    public async Task DatesAreGregorianWhateverTheCurrentCulture()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);
        var culture = CultureInfo.CurrentCulture;

        CliResult edited;
        try
        {
            // The Thai culture's calendar is Buddhist: it reads 2026 as the Gregorian 1483, and writes the Gregorian 2026 as 2569.
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            edited = await _cli.RunAsync("towns", "edit", slug, "--last-renewed-on", "2026-03-01");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        edited.ExitCode.ShouldBe(ExitCodes.Success, edited.ToString());
        var town = await server.GetAsync($"api/towns/{slug}");
        ((string?)town["lastRenewedOn"]).ShouldBe("2026-03-01");
    }

    [Fact]
    public async Task ShowingAnUnknownTownIsRefusedWithExitCodeOne()
    {
        await _cli.LoginAsync(server);

        var show = await _cli.RunAsync("towns", "show", "no-such-town");

        show.ExitCode.ShouldBe(ExitCodes.Refused);
        show.Error.ShouldContain("There is no town 'no-such-town'");
        show.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task AMissingRequiredOptionIsAUsageErrorThatPointsToHelp()
    {
        var created = await _cli.RunAsync("towns", "create", "aachen");

        created.ExitCode.ShouldBe(ExitCodes.Usage);
        created.Error.ShouldContain("--name");
        created.Error.ShouldContain("fairtrade towns create --help");
    }

    public void Dispose() => _cli.Dispose();
}
