using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Operations;

/// <summary>Backup and restore never write over anything, and say what to do instead.</summary>
public sealed class OperationsRefusalTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("fairtrade-refusal-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task RestoringIntoADataFolderThatIsNotEmptyIsRefusedAndChangesNothing()
    {
        var backup = Folder("backup", ("fairtrade.db", "the backup's"), ("admin-token.sha256", "the backup's"));
        var dataDir = Folder("data", ("fairtrade.db", "the running town's"));
        var before = Contents(dataDir);

        var restore = await SiloCommand.RunAsync("restore", backup, $"--Fairtrade:DataDir={dataDir}");

        restore.ExitCode.ShouldBe(2);
        restore.Output.ShouldContain("not empty");
        Contents(dataDir).ShouldBe(before);
    }

    [Fact]
    public async Task BackingUpIntoAFolderThatIsNotEmptyIsRefusedAndWritesNothing()
    {
        var dataDir = Folder("data", ("fairtrade.db", ""));
        var target = Folder("target", ("notes.txt", "an operator's"));

        var backup = await SiloCommand.RunAsync("backup", target, $"--Fairtrade:DataDir={dataDir}");

        backup.ExitCode.ShouldBe(2);
        backup.Output.ShouldContain("not empty");
        Contents(target).ShouldBe(["notes.txt an operator's"]);
    }

    [Fact]
    public async Task BackingUpIntoAFolderInsideTheDataFolderIsRefusedAndWritesNothing()
    {
        var dataDir = Folder("data", ("fairtrade.db", ""));
        var before = Contents(dataDir);

        var backup = await SiloCommand.RunAsync("backup", Path.Combine(dataDir, "backups", "today"), $"--Fairtrade:DataDir={dataDir}");

        backup.ExitCode.ShouldBe(2);
        backup.Output.ShouldContain("inside the data folder");
        Contents(dataDir).ShouldBe(before);
    }

    [Fact]
    public async Task WithPostgresStorageBackupAndRestoreSendTheOperatorToPgDump()
    {
        string[] settings = ["--Fairtrade:Storage=postgres", "--ConnectionStrings:Postgres=Host=127.0.0.1;Database=fairtrade"];

        var backup = await SiloCommand.RunAsync(["backup", Path.Combine(_root, "target"), .. settings]);
        var restore = await SiloCommand.RunAsync(["restore", Path.Combine(_root, "target"), .. settings]);

        backup.ExitCode.ShouldBe(2);
        backup.Output.ShouldContain("pg_dump -Fc");
        restore.ExitCode.ShouldBe(2);
        restore.Output.ShouldContain("pg_restore");
        Directory.Exists(Path.Combine(_root, "target")).ShouldBeFalse();
    }

    private string Folder(string name, params (string File, string Text)[] files)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        return folder;
    }

    private static string[] Contents(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => $"{Path.GetRelativePath(folder, file)} {File.ReadAllText(file)}")];
}
