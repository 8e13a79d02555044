using System.Text.Json.Nodes;
using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Participants;

[Collection(ServerCollection.Name)]
public sealed class ParticipantsCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();

    [Fact]
    public async Task AddedParticipantsAreListedWithWhyTheyDoNotCountYet()
    {
        var slug = await server.TownAsync();
        await _cli.LoginAsync(server);

        var add = await _cli.RunAsync("participants", "add", slug, "--kind", "catering", "--name", "Café Mokka", "--product", "Kaffee", "--product", "Tee", "--public", "true");
        var list = await _cli.RunAsync("participants", "list", slug);
        var json = await _cli.RunAsync("participants", "list", slug, "--json");

        add.ExitCode.ShouldBe(ExitCodes.Success, add.ToString());
        add.Out.ShouldContain("cafe-mokka");
        list.Out.ShouldContain("Café Mokka");
        list.Out.ShouldContain("Kaffee, Tee");
        var participant = JsonNode.Parse(json.Out)!.AsArray().ShouldHaveSingleItem()!;
        ((bool)participant["qualifies"]!).ShouldBeFalse();
        participant["reasons"]!.AsArray().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task EditChangesTheGivenFieldsOnly()
    {
        var slug = await server.TownAsync();
        var id = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);

        var edit = await _cli.RunAsync("participants", "edit", slug, id, "--address", "Hochstraße 1", "--contact-email", "mokka@example.org");

        edit.ExitCode.ShouldBe(ExitCodes.Success, edit.ToString());
        var participant = await server.GetAsync($"api/towns/{slug}/participants/{id}");
        ((string?)participant["address"]).ShouldBe("Hochstraße 1");
        ((string?)participant["contact"]!["email"]).ShouldBe("mokka@example.org");
        ((string?)participant["name"]).ShouldBe("Café Mokka");
    }

    [Fact]
    public async Task ArchivedParticipantsLeaveTheList()
    {
        var slug = await server.TownAsync();
        var id = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);

        var archive = await _cli.RunAsync("participants", "archive", slug, id);
        var list = await _cli.RunAsync("participants", "list", slug, "--json");
        var all = await _cli.RunAsync("participants", "list", slug, "--include-archived", "--json");

        archive.ExitCode.ShouldBe(ExitCodes.Success, archive.ToString());
        JsonNode.Parse(list.Out)!.AsArray().ShouldBeEmpty();
        ((bool)JsonNode.Parse(all.Out)!.AsArray().ShouldHaveSingleItem()!["archived"]!).ShouldBeTrue();
    }

    [Fact]
    public async Task ArchivingFromAnEarlierDayKeepsTheParticipantListedOnTheDaysBefore()
    {
        var slug = await server.TownAsync();
        var id = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);

        var archive = await _cli.RunAsync("participants", "archive", slug, id, "--archived-on", "2026-10-01");
        var dayBefore = await _cli.RunAsync("participants", "list", slug, "--as-of", "2026-09-30", "--json");
        var onTheDay = await _cli.RunAsync("participants", "list", slug, "--as-of", "2026-10-01", "--json");

        archive.ExitCode.ShouldBe(ExitCodes.Success, archive.ToString());
        var listed = JsonNode.Parse(dayBefore.Out)!.AsArray().ShouldHaveSingleItem()!;
        ((bool)listed["archived"]!).ShouldBeFalse();
        ((string?)listed["archivedOn"]).ShouldBe("2026-10-01");
        JsonNode.Parse(onTheDay.Out)!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task ShowAndActivityWorkOnOneParticipant()
    {
        var slug = await server.TownAsync();
        var id = await server.ParticipantAsync(slug, kind: "school", name: "Gesamtschule");
        await _cli.LoginAsync(server);

        var activity = await _cli.RunAsync("participants", "activity", slug, id, "--date", "2026-10-02", "--title", "Fair breakfast");
        var show = await _cli.RunAsync("participants", "show", slug, id, "--json");

        activity.ExitCode.ShouldBe(ExitCodes.Success, activity.ToString());
        ((string?)JsonNode.Parse(show.Out)!["activities"]!.AsArray().ShouldHaveSingleItem()!["title"]).ShouldBe("Fair breakfast");
    }

    [Fact]
    public async Task AnUnknownKindIsAUsageError()
    {
        var add = await _cli.RunAsync("participants", "add", "bottrop", "--kind", "spaceship", "--name", "Weltladen");

        add.ExitCode.ShouldBe(ExitCodes.Usage);
        add.Error.ShouldContain("spaceship");
    }

    [Fact]
    public async Task EditingNothingIsAUsageError()
    {
        await _cli.LoginAsync(server);

        var edit = await _cli.RunAsync("participants", "edit", "bottrop", "cafe-mokka");

        edit.ExitCode.ShouldBe(ExitCodes.Usage);
        edit.Error.ShouldContain("Nothing to change");
    }

    [Fact]
    public async Task UploadLinksAreMadeListedAndRevoked()
    {
        var slug = await server.TownAsync();
        var id = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);

        var create = await _cli.RunAsync("links", "create", slug, id, "--expires-on", "2027-01-31");
        var linkId = (string)JsonNode.Parse((await _cli.RunAsync("links", "list", slug, id, "--json")).Out)!.AsArray().ShouldHaveSingleItem()!["id"]!;
        var revoke = await _cli.RunAsync("links", "revoke", slug, id, linkId);
        var list = await _cli.RunAsync("links", "list", slug, id, "--json");

        create.ExitCode.ShouldBe(ExitCodes.Success, create.ToString());
        create.Out.ShouldContain("/upload#");
        revoke.ExitCode.ShouldBe(ExitCodes.Success, revoke.ToString());
        var link = JsonNode.Parse(list.Out)!.AsArray().ShouldHaveSingleItem()!;
        ((string)link["id"]!).ShouldBe(linkId);
        ((bool)link["revoked"]!).ShouldBeTrue();
    }

    [Fact]
    public async Task RevokingAnUnknownLinkIsRefused()
    {
        var slug = await server.TownAsync();
        var id = await server.ParticipantAsync(slug);
        await _cli.LoginAsync(server);

        var revoke = await _cli.RunAsync("links", "revoke", slug, id, "nolink");

        revoke.ExitCode.ShouldBe(ExitCodes.Refused);
        revoke.Error.ShouldContain("There is no upload link 'nolink'");
    }

    public void Dispose() => _cli.Dispose();
}
