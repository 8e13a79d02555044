using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Operations;

/// <summary>
/// A backup taken while files are arriving keeps the uploads promised to evidence and leaves out the others (one the
/// silo is still writing among them): no saved evidence names those.
/// </summary>
public sealed class BackupDuringUploadTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("fairtrade-backup-upload-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task AnUploadTheSiloIsStillWritingIsLeftOutAndTheBackupSucceeds()
    {
        var dataDir = Directory.CreateDirectory(Path.Combine(_root, "data")).FullName;
        File.WriteAllBytes(Path.Combine(dataDir, "fairtrade.db"), []);
        var incoming = Directory.CreateDirectory(Path.Combine(dataDir, "files", "incoming")).FullName;
        File.WriteAllText(Path.Combine(incoming, "done.upload"), "a complete upload");
        File.WriteAllText(Path.Combine(incoming, "done.intent"), "whose it is");
        var target = Path.Combine(_root, "backup");

        // Held as the silo holds an upload it is writing: locked against every other reader.
        await using (var arriving = new FileStream(Path.Combine(incoming, "arriving.upload"), FileMode.Create, FileAccess.Write, FileShare.None))
        {
            arriving.Write("half of a pho"u8);
            var backup = await SiloCommand.RunAsync("backup", target, $"--Fairtrade:DataDir={dataDir}");

            backup.ExitCode.ShouldBe(0, backup.Output);
        }

        var copied = Path.Combine(target, "files", "incoming");
        File.Exists(Path.Combine(copied, "arriving.upload")).ShouldBeFalse();
        File.ReadAllText(Path.Combine(copied, "done.upload")).ShouldBe("a complete upload");
        File.ReadAllText(Path.Combine(copied, "done.intent")).ShouldBe("whose it is");
    }
}
