using System.Net;
using System.Runtime.Versioning;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Hosting;

/// <summary>What a first start leaves behind for others on the machine to find: nothing they may read.</summary>
[SupportedOSPlatform("linux")]
public sealed class FirstStartTests(FirstStartFixture first) : IClassFixture<FirstStartFixture>
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task GeneratedSecretsAreInAnOwnerOnlyFileNamedInTheLogAndNowhereInTheOutput()
    {
        using var browser = Sessions.NewBrowserClient(first.Silo.Address, new CookieContainer());

        var signIn = await browser.PostLoginAsync("admin", first.Password);

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the password in the file is the admin's");
        File.GetUnixFileMode(first.SecretsFile).ShouldBe(OwnerOnlyFile);
        first.Silo.Output.ShouldNotContain(line => line.Contains(first.Token, StringComparison.Ordinal));
        first.Silo.Output.ShouldNotContain(line => line.Contains(first.Password, StringComparison.Ordinal));
        first.Silo.Output.ShouldContain(line => line.Contains(first.SecretsFile, StringComparison.Ordinal), "the log says where the secrets are");
    }

    [Fact]
    public void EveryFolderAndFileTheSiloMakesInItsDataFolderIsOwnerOnly()
    {
        var folders = Directory.GetDirectories(first.DataDir, "*", SearchOption.AllDirectories).Append(first.DataDir).ToArray();
        var files = Directory.GetFiles(first.DataDir, "*", SearchOption.AllDirectories);

        files.Select(Path.GetFileName).ShouldContain("fairtrade.db");
        files.Select(Path.GetFileName).ShouldContain("admin-token.sha256");
        files.ShouldContain(file => file.Contains($"{Path.DirectorySeparatorChar}keys{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        files.ShouldContain(file => file.Contains($"{Path.DirectorySeparatorChar}sha256{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        folders.ShouldAllBe(folder => File.GetUnixFileMode(folder) == OwnerOnlyFolder);
        files.ShouldAllBe(file => File.GetUnixFileMode(file) == OwnerOnlyFile);
    }

    [Fact]
    public void OrleansPortsListenOnLoopbackOnly()
    {
        var ports = new[] { first.Silo.Launch.SiloPort, first.Silo.Launch.GatewayPort };

        foreach (var port in ports)
        {
            var addresses = ListeningSockets.AddressesOf(port);
            addresses.ShouldNotBeEmpty($"something listens on port {port}");
            addresses.ShouldAllBe(address => address == ListeningSockets.Ipv4Loopback || address == ListeningSockets.Ipv6Loopback);
        }
    }
}
