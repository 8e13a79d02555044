using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.TownCriteria;

[Collection(ServerCollection.Name)]
public sealed class TownCriteriaCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();

    [Fact]
    public async Task CouncilSetIsShownAfterwards()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var set = await _cli.RunAsync("council", "set", slug, "--adopted-on", "2024-02-01", "--product", "Kaffee", "--product", "Tee");
        var show = await _cli.RunAsync("council", "show", slug);

        set.ExitCode.ShouldBe(ExitCodes.Success, set.ToString());
        show.Out.ShouldContain("2024-02-01");
        show.Out.ShouldContain("Kaffee, Tee");
    }

    [Fact]
    public async Task SteeringGroupMembersAreAddedListedAndRemoved()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var add = await _cli.RunAsync("steering-group", "add", slug, "--name", "Anna Weber", "--sector", "civil-society", "--organisation", "Weltladen", "--json");
        var id = (string)JsonNode.Parse(add.Out)!["id"]!;
        var list = await _cli.RunAsync("steering-group", "list", slug);
        var remove = await _cli.RunAsync("steering-group", "remove", slug, id);
        var after = await _cli.RunAsync("steering-group", "list", slug, "--json");

        add.ExitCode.ShouldBe(ExitCodes.Success, add.ToString());
        list.Out.ShouldContain("Anna Weber");
        remove.ExitCode.ShouldBe(ExitCodes.Success, remove.ToString());
        JsonNode.Parse(after.Out)!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task MediaArticlesAreAddedAndListed()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var add = await _cli.RunAsync("media", "add", slug, "--published-on", "2026-10-12", "--outlet", "WAZ", "--title", "Fair coffee in the town hall");
        var list = await _cli.RunAsync("media", "list", slug);

        add.ExitCode.ShouldBe(ExitCodes.Success, add.ToString());
        list.Out.ShouldContain("Fair coffee in the town hall");
    }

    [Fact]
    public async Task AnArticleFromTheFutureIsRefusedNamingTheField()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var add = await _cli.RunAsync("media", "add", slug, "--published-on", "2030-01-01", "--outlet", "WAZ", "--title", "Too early");

        add.ExitCode.ShouldBe(ExitCodes.Refused);
        add.Error.ShouldContain("publishedOn:");
    }

    [Fact]
    public async Task AnUnknownSectorIsAUsageError()
    {
        var add = await _cli.RunAsync("steering-group", "add", "bottrop", "--name", "Anna", "--sector", "church");

        add.ExitCode.ShouldBe(ExitCodes.Usage);
        add.Error.ShouldContain("'church'");
    }

    public void Dispose() => _cli.Dispose();
}
