using System.Net;

namespace Fairtrade.Client.Http;

/// <summary>A file as a request body that reports each chunk sent, for the progress bars.</summary>
public sealed class ProgressContent(Stream source, Action<long> sent) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        Streams.CopyAsync(source, stream, sent, cancellationToken);

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
