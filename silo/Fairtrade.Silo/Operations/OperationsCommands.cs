using Fairtrade.Silo.Hosting;

namespace Fairtrade.Silo.Operations;

/// <summary>
/// The silo program's own commands, run instead of the silo: <c>backup DIR</c> and <c>restore DIR</c>, read with the
/// silo's settings (appsettings.json, environment, command line), so they find the data folder the silo uses.
/// </summary>
public static class OperationsCommands
{
    public const int Done = 0;
    public const int Refused = 2;

    public static bool Handles(string[] args) => args is ["backup" or "restore", ..];

    public static int Run(string[] args)
    {
        var command = args[0];
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            return Refuse($"Usage: Fairtrade.Silo {command} DIR, with the silo's settings (e.g. --Fairtrade:DataDir=…).");
        }

        SiloSettings settings;
        try
        {
            settings = SiloSettings.Read(WebApplication.CreateBuilder(new WebApplicationOptions { Args = args[2..] }).Configuration);
        }
        catch (SettingException exception)
        {
            return Refuse(exception.Message);
        }

        if (settings.Options.Storage == StorageKind.Postgres)
        {
            return Refuse("With Fairtrade__Storage=postgres everything the silos keep is in PostgreSQL: back it up with "
                + "pg_dump -Fc and restore it with pg_restore (README, \"Backup and restore\").");
        }

        var dataDir = Path.GetFullPath(settings.Options.DataDir);
        var folder = Path.GetFullPath(args[1]);
        return command == "backup" ? BackupCommand.Run(dataDir, folder) : RestoreCommand.Run(folder, dataDir);
    }

    internal static int Refuse(string message)
    {
        Console.Error.WriteLine(message);
        return Refused;
    }

    internal static bool IsEmptyOrMissing(string folder) => !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();
}
