namespace Fairtrade.Client.Http;

public static class Streams
{
    public const int ChunkSize = 64 * 1024;

    /// <summary>Copies chunk by chunk, reporting each chunk's size, so that the progress bars move; answers the bytes copied.</summary>
    public static async Task<long> CopyAsync(Stream from, Stream to, Action<long> progress, CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkSize];
        long copied = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            copied += read;
            progress(read);
        }

        return copied;
    }
}
