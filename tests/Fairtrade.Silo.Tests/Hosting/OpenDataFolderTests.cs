using System.Runtime.Versioning;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Hosting;

[SupportedOSPlatform("linux")]
public sealed class OpenDataFolderTests : IDisposable
{
    private const UnixFileMode OpenToAll = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly string _dataDir = Directory.CreateTempSubdirectory("fairtrade-open-").FullName;

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Fact]
    public async Task ADataFolderOthersMayReadIsNamedInAWarningAndLeftAsTheOperatorMadeIt()
    {
        File.SetUnixFileMode(_dataDir, OpenToAll);

        await using var silo = await SiloProcess.StartAsync(_dataDir);

        silo.Output.ShouldContain(line => line.Contains(_dataDir, StringComparison.Ordinal) && line.Contains("may be read by others", StringComparison.Ordinal),
            string.Join('\n', silo.Output));
        File.GetUnixFileMode(_dataDir).ShouldBe(OpenToAll);
    }
}
