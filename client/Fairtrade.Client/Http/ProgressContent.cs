using System.Net;

namespace Fairtrade.Client.Http;

/// <summary>A file as a request body that reports each chunk sent, for the progress bars.</summary>
public sealed class ProgressContent(Stream source, Action<long> sent) : HttpContent
{
    private const int ChunkSize = 64 * 1024;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkSize];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            sent(read);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = source.Length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            source.Dispose();
        }

        base.Dispose(disposing);
    }
}
