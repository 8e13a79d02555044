namespace Fairtrade.Silo.Security.Secrets;

/// <summary>The admin token's hash as hex in a file of the data directory (the embedded default).</summary>
public sealed class FileAdminTokenStore(string path) : IAdminTokenStore
{
    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken) =>
        File.Exists(path) ? Convert.FromHexString((await File.ReadAllTextAsync(path, cancellationToken)).Trim()) : null;

    public async Task<bool> TryCreateAsync(byte[] hash, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            await file.WriteAsync(System.Text.Encoding.ASCII.GetBytes(Convert.ToHexStringLower(hash)), cancellationToken);
            file.Flush(flushToDisk: true);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }
}
