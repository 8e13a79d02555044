namespace Fairtrade.Silo.Hosting;

/// <summary>
/// Folders and files only their owner may read, for what the silo keeps under its data folder: cookie keys, the
/// admin token's hash, evidence with people's names in it. Unix modes; on Windows the folder's inherited rights hold.
/// </summary>
public static class OwnerOnly
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder and every missing parent owner-only; existing ones are left as they are.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        // .NET gives the mode to the last folder only; the parents it makes get the default.
        var missing = new Stack<string>();
        for (var folder = Path.GetFullPath(path); !Directory.Exists(folder); folder = Path.GetDirectoryName(folder)!)
        {
            missing.Push(folder);
        }

        while (missing.TryPop(out var folder))
        {
            Directory.CreateDirectory(folder, FolderMode);
        }
    }

    /// <summary>Options for a new file that only its owner may read; unbuffered, as every caller syncs what it wrote.</summary>
    public static FileStreamOptions NewFile(System.IO.FileMode mode = System.IO.FileMode.CreateNew, FileOptions options = FileOptions.None)
    {
        var file = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0, Options = options };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = FileMode;
        }

        return file;
    }

    /// <summary>Whether others than the owner may enter or read the folder.</summary>
    public static bool IsOpenToOthers(string folder) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(folder) & Others) != 0;

    private const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
}
