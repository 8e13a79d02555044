using Fairtrade.Silo.Hosting;

namespace Fairtrade.Silo.Operations;

/// <summary>
/// <c>restore DIR</c>: a backup made by <see cref="BackupCommand"/> into an empty or new data folder only, so nothing a
/// silo wrote is ever overwritten; a silo started on it answers as the original did when the backup was made.
/// </summary>
public static class RestoreCommand
{
    public static int Run(string backup, string dataDir)
    {
        var database = Path.Combine(backup, DataDirLayout.Database);
        if (!File.Exists(database))
        {
            return OperationsCommands.Refuse($"{backup} is no backup: it has no {DataDirLayout.Database}.");
        }

        if (!OperationsCommands.IsEmptyOrMissing(dataDir))
        {
            return OperationsCommands.Refuse(
                $"{dataDir} is not empty: restore only into an empty or a new data folder (Fairtrade__DataDir); nothing was changed.");
        }

        // The database last: a restore cut short leaves no evidence referring to a file not yet copied. Empty the folder
        // and restore again.
        FolderCopy.Copy(backup, dataDir, BackupCommand.IsDatabase);
        DatabaseCopy.Copy(database, Path.Combine(dataDir, DataDirLayout.Database));
        Console.WriteLine($"Restored {backup} into {dataDir}; start the silo on it.");
        return OperationsCommands.Done;
    }
}
