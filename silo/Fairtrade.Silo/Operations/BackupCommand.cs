using Fairtrade.Silo.Files.Disk;
using Fairtrade.Silo.Hosting;

namespace Fairtrade.Silo.Operations;

/// <summary>
/// <c>backup DIR</c>: a copy of the data folder that a silo can be started on (<see cref="RestoreCommand"/>), made
/// while the silo runs. Every file the copied database refers to is in the copy, for the order is this:
/// <list type="number">
/// <item>The database first, as one snapshot. An evidence file is complete on disk, in the store or as an upload with
/// its intent in <c>files/incoming</c>, before the evidence that refers to it is saved; so every file the snapshot
/// refers to exists once the snapshot is taken, and is still there when the files are copied after it. (Files first
/// would miss one uploaded between the two copies that the database already refers to.)</item>
/// <item>Then <c>files/incoming</c>, then the store: a file moves only from the one into the other, so one that moves
/// while they are copied is found in the store. A restored silo settles what came from <c>incoming</c> at its start,
/// as after a crash. (A file no evidence refers to any more is removed only once a second daily sweep finds it so,
/// a day after the first: none the snapshot refers to goes while a backup of less than a day runs.)</item>
/// <item>Then the rest: cookie keys, the admin token's hash. The generated first-start secrets stay out, in plain text
/// they have no place in a backup, and so do files still being written (<c>*.pending</c>).</item>
/// </list>
/// </summary>
public static class BackupCommand
{
    public static int Run(string dataDir, string target)
    {
        var database = Path.Combine(dataDir, DataDirLayout.Database);
        if (!File.Exists(database))
        {
            return OperationsCommands.Refuse($"There is no database in {dataDir}: nothing to back up (check Fairtrade__DataDir).");
        }

        if (Inside(Path.GetFullPath(target), Path.GetFullPath(dataDir)))
        {
            return OperationsCommands.Refuse($"{target} is inside the data folder {dataDir}: back up into a folder outside it.");
        }

        if (!OperationsCommands.IsEmptyOrMissing(target))
        {
            return OperationsCommands.Refuse($"{target} is not empty: back up into an empty or a new folder.");
        }

        OwnerOnly.CreateFolder(target);
        DatabaseCopy.Copy(database, Path.Combine(target, DataDirLayout.Database));
        var incoming = $"{DataDirLayout.Files}/{DataDirLayout.Incoming}";
        var incomingFolder = Path.Combine(dataDir, DataDirLayout.Files, DataDirLayout.Incoming);
        FolderCopy.Copy(incomingFolder, Path.Combine(target, DataDirLayout.Files, DataDirLayout.Incoming),
            path => path.EndsWith(".pending", StringComparison.Ordinal) || Unpromised(Path.Combine(incomingFolder, path)));
        FolderCopy.Copy(dataDir, target, path => path == incoming || IsDatabase(path) || path == DataDirLayout.FirstStartSecrets
            || path.EndsWith(".pending", StringComparison.Ordinal));
        Console.WriteLine($"Backed up {dataDir} into {target}.");
        return OperationsCommands.Done;
    }

    /// <summary>
    /// An upload without its intent: still arriving (the silo holds it open), or not promised to evidence, so no saved
    /// evidence names it and a restored silo would delete it anyway. An upload is complete before its intent is written.
    /// </summary>
    private static bool Unpromised(string path) =>
        path.EndsWith(Incoming.UploadExtension, StringComparison.Ordinal) && !File.Exists(Incoming.IntentPathOf(path));

    private static bool Inside(string folder, string parent) =>
        folder.TrimEnd(Path.DirectorySeparatorChar).Equals(parent.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal)
        || folder.StartsWith(parent.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The database and the files SQLite keeps beside it (<c>-wal</c>, <c>-shm</c>, <c>-journal</c>).</summary>
    internal static bool IsDatabase(string path) => path.StartsWith(DataDirLayout.Database, StringComparison.Ordinal);
}
