using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Campaign;

[Collection(ServerCollection.Name)]
public sealed class RenewalsCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();

    [Fact]
    public async Task ARenewalIsInvitedSubmittedDownloadedAndDecidedFromTheTerminal()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var invited = JsonNode.Parse((await _cli.RunAsync("renewals", "invite", slug, "--invited-on", "2026-11-20", "--json")).Out)!;
        var id = (string)invited["id"]!;
        var submitted = await _cli.RunAsync("renewals", "submit", slug, id);
        var file = Path.Combine(Path.GetTempPath(), $"{id}.xlsx");
        var download = await _cli.RunAsync("renewals", "download", slug, id, "-o", file);
        var decided = await _cli.RunAsync("renewals", "decide", slug, id, "--decision", "renewed", "--decided-on", "2026-11-24");
        var list = await _cli.RunAsync("renewals", "list", slug);

        ((string?)invited["deadline"]).ShouldBe("2027-01-15");
        submitted.ExitCode.ShouldBe(ExitCodes.Success, submitted.ToString());
        download.ExitCode.ShouldBe(ExitCodes.Success, download.ToString());
        (await File.ReadAllBytesAsync(file)).Take(2).ShouldBe("PK"u8.ToArray());
        decided.Out.ShouldContain("renewed");
        list.Out.ShouldContain(id);
        list.Out.ShouldContain("2027-01-15");
        File.Delete(file);
    }

    [Fact]
    public async Task ASecondSubmissionIsRefusedInPlainWords()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);
        var id = (string)JsonNode.Parse((await _cli.RunAsync("renewals", "invite", slug, "--invited-on", "2026-11-20", "--json")).Out)!["id"]!;
        await _cli.RunAsync("renewals", "submit", slug, id);

        var again = await _cli.RunAsync("renewals", "submit", slug, id);

        again.ExitCode.ShouldBe(ExitCodes.Refused);
        again.Error.ShouldContain("submitted already");
    }

    public void Dispose() => _cli.Dispose();
}
