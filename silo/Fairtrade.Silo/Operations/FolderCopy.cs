using Fairtrade.Silo.Files.Disk;
using Fairtrade.Silo.Hosting;

namespace Fairtrade.Silo.Operations;

/// <summary>
/// Copies a folder tree file by file into owner-only folders and files, each synced to disk. A file or folder that
/// goes away while it is copied (an upload the silo moved on) is left out: where it went is copied too.
/// </summary>
internal static class FolderCopy
{
    /// <param name="leaveOut">Whether to leave out a file or folder, by its path relative to <paramref name="source"/> ('/' between names).</param>
    public static void Copy(string source, string target, Func<string, bool> leaveOut) => Copy(source, target, "", leaveOut);

    private static void Copy(string source, string target, string relative, Func<string, bool> leaveOut)
    {
        OwnerOnly.CreateFolder(target);
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(source);
        }
        catch (DirectoryNotFoundException)
        {
            return;
        }

        foreach (var entry in entries.Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            var path = relative.Length == 0 ? name : $"{relative}/{name}";
            if (leaveOut(path))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                Copy(entry, Path.Combine(target, name), path, leaveOut);
            }
            else
            {
                CopyFile(entry, Path.Combine(target, name));
            }
        }

        FolderSync.Flush(target);
    }

    private static void CopyFile(string source, string target)
    {
        try
        {
            using var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var to = new FileStream(target, OwnerOnly.NewFile());
            from.CopyTo(to);
            to.Flush(flushToDisk: true);
        }
        catch (FileNotFoundException)
        {
            File.Delete(target);
        }
    }
}
