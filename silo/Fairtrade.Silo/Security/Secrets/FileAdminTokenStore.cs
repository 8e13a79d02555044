using Fairtrade.Silo.Files.Disk;
using Fairtrade.Silo.Hosting;

namespace Fairtrade.Silo.Security.Secrets;

/// <summary>The admin token's hash as hex in a file of the data directory (the embedded default).</summary>
public sealed class FileAdminTokenStore(string path) : IAdminTokenStore
{
    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken) =>
        File.Exists(path) ? Convert.FromHexString((await File.ReadAllTextAsync(path, cancellationToken)).Trim()) : null;

    /// <summary>Written beside the file and renamed into place, so a crash never leaves half a hash to be read.</summary>
    public async Task<bool> TryCreateAsync(byte[] hash, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        OwnerOnly.CreateFolder(folder);
        var pending = $"{path}.{Guid.NewGuid():N}.pending";
        try
        {
            await using (var file = new FileStream(pending, OwnerOnly.NewFile()))
            {
                await file.WriteAsync(System.Text.Encoding.ASCII.GetBytes(Convert.ToHexStringLower(hash)), cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(pending, path, overwrite: false);

            // A token whose hash a power cut took would stop working after the printed one was thrown away.
            FolderSync.Flush(folder);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        finally
        {
            File.Delete(pending);
        }
    }
}
