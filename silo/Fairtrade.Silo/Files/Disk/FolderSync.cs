using System.Runtime.InteropServices;

namespace Fairtrade.Silo.Files.Disk;

/// <summary>
/// Makes the names in a folder survive a power cut. Syncing a file puts its bytes on disk, not the folder entry that
/// a create or a rename made: that is on disk only once the folder itself is synced. .NET opens no folder for
/// writing to disk, so this asks the C library directly.
/// </summary>
public static class FolderSync
{
    private const int ReadOnly = 0;

    public static void Flush(string folder)
    {
        // Windows keeps no such gap (NTFS journals its folder entries), and offers no handle on a folder to flush.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open([.. System.Text.Encoding.UTF8.GetBytes(folder), 0], ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"Cannot open the folder {folder} to sync it (error {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"Cannot sync the folder {folder} (error {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] nulTerminatedPath, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
