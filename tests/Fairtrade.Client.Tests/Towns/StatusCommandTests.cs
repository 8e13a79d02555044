using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Towns;

[Collection(ServerCollection.Name)]
public sealed class StatusCommandTests(SiloServer server) : IDisposable
{
    private const string Escape = "\u001b[";
    private readonly FairtradeTool _cli = new();

    [Fact]
    public async Task StatusShowsEachCriterionAndWhatIsMissing()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var status = await _cli.RunAsync("status", slug);

        status.ExitCode.ShouldBe(ExitCodes.Success, status.ToString());
        status.Out.ShouldContain("Council resolution");
        status.Out.ShouldContain("not met");
        status.Out.ShouldContain("Missing:");
        status.Out.ShouldContain("renewal due 2027-03-01");
    }

    [Fact]
    public async Task StatusNamesEvidenceThatExpiresSoon()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        await server.PostAsync($"api/towns/{slug}/evidence", new { subject = shop, kind = "declaration", effectiveDate = "2024-12-01" });
        await _cli.LoginAsync(server);

        var status = await _cli.RunAsync("status", slug);

        status.Out.ShouldContain("Expiring soon:");
        status.Out.ShouldContain($"{shop}: evidence");
        status.Out.ShouldContain("valid until 2026-12-01");
    }

    [Fact]
    public async Task StatusAsJsonIsTheServersAnswerForTheDayAsked()
    {
        var slug = await server.TownAsync();
        _cli.Environment["FAIRTRADE_SERVER"] = server.Url;

        var status = await _cli.RunAsync("status", slug, "--as-of", "2027-06-30", "--json");

        status.ExitCode.ShouldBe(ExitCodes.Success, status.ToString());
        var json = JsonNode.Parse(status.Out)!;
        ((string?)json["asOf"]).ShouldBe("2027-06-30");
        ((string?)json["overall"]).ShouldBe("not-met");
        status.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnInvalidDateIsAUsageError()
    {
        var status = await _cli.RunAsync("status", "bottrop", "--as-of", "soon");

        status.ExitCode.ShouldBe(ExitCodes.Usage);
        status.Error.ShouldContain("soon");
    }

    [Fact]
    public async Task ATerminalGetsColoursUnlessNoColorIsSet()
    {
        var slug = await server.TownAsync();
        _cli.Environment["FAIRTRADE_SERVER"] = server.Url;
        _cli.Terminal = true;

        var coloured = await _cli.RunAsync("status", slug);
        _cli.Environment["NO_COLOR"] = "1";
        var plain = await _cli.RunAsync("status", slug);

        coloured.Out.ShouldContain(Escape);
        plain.Out.ShouldNotContain(Escape);
        plain.Out.ShouldContain("not met");
    }

    public void Dispose() => _cli.Dispose();
}
