using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Evidence;

[Collection(ServerCollection.Name)]
public sealed class EvidenceCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();
    private readonly Files _files = new();

    [Fact]
    public async Task EvidenceFromAnUploadLinkIsListedAsSubmittedAndApprovedByReview()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);
        var link = JsonNode.Parse((await _cli.RunAsync("links", "create", slug, shop, "--json")).Out)!;
        using var shopCli = new FairtradeTool();
        shopCli.Environment["FAIRTRADE_SERVER"] = server.Url;
        shopCli.Environment["FAIRTRADE_TOKEN"] = (string)link["token"]!;
        (await shopCli.RunAsync("evidence", "upload", slug, shop, _files.Jpeg("shelf.jpg", 1000), "--effective-date", "2026-11-20")).ExitCode.ShouldBe(ExitCodes.Success);

        var submitted = JsonNode.Parse((await _cli.RunAsync("evidence", "list", slug, "--status", "submitted", "--json")).Out)!.AsArray();
        var id = (string)submitted.ShouldHaveSingleItem()!["id"]!;
        var review = await _cli.RunAsync("evidence", "review", slug, id, "--decision", "approve");
        var list = await _cli.RunAsync("evidence", "list", slug);

        review.ExitCode.ShouldBe(ExitCodes.Success, review.ToString());
        review.Out.ShouldContain("approved");
        list.Out.ShouldContain(id);
        list.Out.ShouldContain("shelf.jpg");
        ((string?)(await server.GetAsync($"api/towns/{slug}/evidence/{id}"))["status"]).ShouldBe("approved");
    }

    [Fact]
    public async Task ReviewingUnknownEvidenceIsRefused()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var review = await _cli.RunAsync("evidence", "review", slug, "nothing", "--decision", "reject");

        review.ExitCode.ShouldBe(ExitCodes.Refused);
        review.Error.ShouldContain("There is no evidence 'nothing'");
    }

    [Fact]
    public async Task ShowPrintsOneEntry()
    {
        var slug = await server.TownAsync();
        var shop = await server.ParticipantAsync(slug);
        var created = await server.PostAsync($"api/towns/{slug}/evidence", new { subject = shop, kind = "declaration", effectiveDate = "2026-11-01", note = "signed by the owner" });
        await _cli.LoginAsync(server);

        var show = await _cli.RunAsync("evidence", "show", slug, (string)created["id"]!);

        show.ExitCode.ShouldBe(ExitCodes.Success, show.ToString());
        show.Out.ShouldContain("signed by the owner");
        show.Out.ShouldContain("2028-11-01");
    }

    public void Dispose()
    {
        _cli.Dispose();
        _files.Dispose();
    }
}
