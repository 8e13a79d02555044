using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Cli;

/// <summary>
/// Every command that names a town fails alike, whatever it asks: a town that does not exist, a wrong token and a
/// refusal whose explanation breaks off are the server's refusals (exit 1, in words), a server that is down is exit 3;
/// never a stack trace.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class FailureTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();
    private readonly Files _files = new();

    /// <summary>Every command that names a town: TOWN stands for the town, FILE for a file to send, FOLDER for a folder to write into.</summary>
    private static readonly string[] Commands =
    [
        "status TOWN", "watch TOWN", "towns show TOWN", "towns edit TOWN --population 1000",
        "participants list TOWN", "participants show TOWN shop", "participants add TOWN --kind retail --name Weltladen",
        "participants edit TOWN shop --name Weltladen", "participants archive TOWN shop",
        "participants activity TOWN shop --date 2026-11-20 --title Aktion",
        "links create TOWN shop", "links list TOWN shop", "links revoke TOWN shop link",
        "council show TOWN", "council set TOWN --adopted-on 2024-02-01 --product Kaffee",
        "steering-group list TOWN", "steering-group add TOWN --name Anna --sector politics", "steering-group remove TOWN member",
        "media list TOWN", "media add TOWN --published-on 2026-10-12 --outlet WAZ --title Fair",
        "evidence upload TOWN shop FILE --effective-date 2026-11-20", "evidence declare TOWN shop --kind declaration --effective-date 2026-11-20", "evidence list TOWN",
        "evidence show TOWN ev", "evidence download TOWN ev -o FOLDER/", "evidence review TOWN ev --decision approve",
        "export renewal TOWN -o FOLDER/renewal.xlsx", "export evidence TOWN -o FOLDER/evidence.zip",
        "import TOWN FILE", "audit TOWN", "notifications TOWN",
    ];

    /// <summary>What anyone may read, with or without a token.</summary>
    private static readonly string[] PublicReads = ["status TOWN", "watch TOWN", "towns show TOWN", "media list TOWN"];

    public static TheoryData<string> TownCommands() => [.. Commands];

    public static TheoryData<string> SignedInCommands() => [.. Commands.Except(PublicReads)];

    [Theory]
    [MemberData(nameof(TownCommands))]
    public async Task ATownThatDoesNotExistIsRefusedInWords(string command)
    {
        await _cli.LoginAsync(server);

        var result = await _cli.RunAsync(Arguments(command, "no-such-town"));

        result.ExitCode.ShouldBe(ExitCodes.Refused, result.ToString());
        result.Error.ShouldContain("(404)");
        result.Error.ShouldMatch(@"There is no (town|.+ in) 'no-such-town'");
        result.Error.ShouldNotContain("   at ");
    }

    [Theory]
    [MemberData(nameof(SignedInCommands))]
    public async Task AWrongTokenIsRefused(string command)
    {
        var slug = await server.TownAsync();
        _cli.Environment["FAIRTRADE_SERVER"] = server.Url;
        _cli.Environment["FAIRTRADE_TOKEN"] = "not-a-token-of-this-server";

        var result = await _cli.RunAsync(Arguments(command, slug));

        result.ExitCode.ShouldBe(ExitCodes.Refused, result.ToString());
        result.Error.ShouldContain("The server refused (401)");
        result.Error.ShouldNotContain("not-a-token-of-this-server");
    }

    [Theory]
    [MemberData(nameof(TownCommands))]
    public async Task ARefusalWhoseExplanationBreaksOffIsStillARefusal(string command)
    {
        using var cutOff = new RecordingServer(RecordingServer.RefusalCutOffAsync);
        _cli.Environment["FAIRTRADE_SERVER"] = cutOff.Url;
        _cli.Environment["FAIRTRADE_TOKEN"] = SiloServer.AdminToken;

        var result = await _cli.RunAsync(Arguments(command, "bottrop"));

        result.ExitCode.ShouldBe(ExitCodes.Refused, result.ToString());
        result.Error.ShouldContain("The server refused (404)");
        result.Error.ShouldContain("broke off");
        result.Error.ShouldNotContain("   at ");
    }

    [Theory]
    [MemberData(nameof(TownCommands))]
    public async Task AServerThatIsDownIsExitThree(string command)
    {
        _cli.Environment["FAIRTRADE_SERVER"] = SiloServer.DeadUrl();
        _cli.Environment["FAIRTRADE_TOKEN"] = SiloServer.AdminToken;

        var result = await _cli.RunAsync(Arguments(command, "bottrop"));

        result.ExitCode.ShouldBe(ExitCodes.Unreachable, result.ToString());
        result.Error.ShouldContain("Cannot reach the server");
        result.Error.ShouldNotContain("   at ");
    }

    public void Dispose()
    {
        _cli.Dispose();
        _files.Dispose();
    }

    private string[] Arguments(string command, string town) =>
    [
        .. command.Split(' ').Select(word => word switch
        {
            "TOWN" => town,
            "FILE" => _files.Jpeg("shelf.jpg", 1000),
            _ => word.Replace("FOLDER", _files.Folder, StringComparison.Ordinal),
        }),
    ];
}
