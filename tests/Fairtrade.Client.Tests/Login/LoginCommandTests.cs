using Fairtrade.Client.Cli;
using Fairtrade.Client.Tests.Infrastructure;

namespace Fairtrade.Client.Tests.Login;

[Collection(ServerCollection.Name)]
public sealed class LoginCommandTests(SiloServer server) : IDisposable
{
    private readonly FairtradeTool _cli = new();

    [Fact]
    public async Task LoginWithATokenOnStandardInputKeepsItForTheNextCommands()
    {
        var login = await _cli.RunAsync(["login", "--server", server.Url], SiloServer.AdminToken + "\n");

        login.ExitCode.ShouldBe(ExitCodes.Success, login.ToString());
        login.Out.ShouldContain("Logged in");
        var whoami = await _cli.RunAsync("whoami");
        whoami.ExitCode.ShouldBe(ExitCodes.Success, whoami.ToString());
        whoami.Out.ShouldContain("admin");
    }

    [Fact]
    public async Task LoginTakesTheTokenFromTheEnvironment()
    {
        _cli.Environment["FAIRTRADE_TOKEN"] = SiloServer.AdminToken;

        var login = await _cli.RunAsync("login", "--server", server.Url);
        _cli.Environment.Remove("FAIRTRADE_TOKEN");

        login.ExitCode.ShouldBe(ExitCodes.Success, login.ToString());
        (await _cli.RunAsync("whoami")).ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public async Task TheStoredTokenIsReadableByTheUserOnly()
    {
        await _cli.LoginAsync(server);

        File.ReadAllText(_cli.ConfigFile).ShouldContain(SiloServer.AdminToken);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(_cli.ConfigFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public async Task NoCommandPrintsTheTokenAfterLogin()
    {
        var login = await _cli.RunAsync(["login", "--server", server.Url], SiloServer.AdminToken);
        var whoami = await _cli.RunAsync("whoami");
        var whoamiJson = await _cli.RunAsync("whoami", "--json");

        foreach (var result in new[] { login, whoami, whoamiJson })
        {
            result.ExitCode.ShouldBe(ExitCodes.Success, result.ToString());
            (result.Out + result.Error).ShouldNotContain(SiloServer.AdminToken);
        }
    }

    [Fact]
    public async Task AWrongTokenIsRefusedAndNotStored()
    {
        var login = await _cli.RunAsync(["login", "--server", server.Url], "not-the-token\n");

        login.ExitCode.ShouldBe(ExitCodes.Refused);
        login.Error.ShouldContain("401");
        login.Error.ShouldContain("token");
        login.Error.ShouldNotContain("   at ");
        File.Exists(_cli.ConfigFile).ShouldBeFalse();
    }

    [Fact]
    public async Task LoginWithoutAnyTokenIsAUsageError()
    {
        var login = await _cli.RunAsync(["login", "--server", server.Url], "");

        login.ExitCode.ShouldBe(ExitCodes.Usage);
        login.Error.ShouldContain("FAIRTRADE_TOKEN");
    }

    [Fact]
    public async Task LoginToAServerThatIsDownSaysSoWithExitCodeThree()
    {
        var login = await _cli.RunAsync(["login", "--server", SiloServer.DeadUrl()], SiloServer.AdminToken);

        login.ExitCode.ShouldBe(ExitCodes.Unreachable);
        login.Error.ShouldContain("Cannot reach the server");
        login.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task LogoutForgetsTheLogin()
    {
        await _cli.LoginAsync(server);

        var logout = await _cli.RunAsync("logout");
        var whoami = await _cli.RunAsync("whoami");

        logout.ExitCode.ShouldBe(ExitCodes.Success);
        File.Exists(_cli.ConfigFile).ShouldBeFalse();
        whoami.ExitCode.ShouldBe(ExitCodes.Usage);
        whoami.Error.ShouldContain("fairtrade login");
    }

    [Fact]
    public async Task WhoamiAsJsonNamesTheRole()
    {
        await _cli.LoginAsync(server);

        var whoami = await _cli.RunAsync("whoami", "--json");

        whoami.ExitCode.ShouldBe(ExitCodes.Success, whoami.ToString());
        ((string?)System.Text.Json.Nodes.JsonNode.Parse(whoami.Out)!["role"]).ShouldBe("admin");
    }

    [Fact]
    public async Task ARevokedOrWrongStoredTokenGivesExitCodeOne()
    {
        await _cli.LoginAsync(server);
        _cli.Environment["FAIRTRADE_TOKEN"] = "ftp_nobody.nothing.wrong";

        var whoami = await _cli.RunAsync("whoami");

        whoami.ExitCode.ShouldBe(ExitCodes.Refused);
        whoami.Error.ShouldContain("401");
    }

    public void Dispose() => _cli.Dispose();
}
