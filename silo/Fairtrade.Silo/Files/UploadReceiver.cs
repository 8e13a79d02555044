using System.Buffers;
using System.Security.Cryptography;

namespace Fairtrade.Silo.Files;

/// <summary>Copies an upload to its file in a fixed buffer, hashing and sniffing it on the way.</summary>
internal static class UploadReceiver
{
    private const int BufferSize = 81_920;

    public static async Task<ReceiveResult> ReceiveAsync(Stream content, string uploadPath, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        var head = new byte[FileSniffer.HeadLength];
        var keep = false;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            FileType? type = null;
            await using (var file = new FileStream(uploadPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    if (length < head.Length)
                    {
                        var headPart = (int)Math.Min(read, head.Length - length);
                        buffer.AsSpan(0, headPart).CopyTo(head.AsSpan((int)length));
                    }

                    length += read;
                    if (length > maxBytes)
                    {
                        return ReceiveResult.Refused(ReceiveError.TooLarge);
                    }

                    if (type is null && length >= head.Length)
                    {
                        type = FileSniffer.Sniff(head);
                        if (type is null)
                        {
                            // Refused now, rather than after writing out the rest of a disguised file.
                            return ReceiveResult.Refused(ReceiveError.UnknownType);
                        }
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                if (length == 0)
                {
                    return ReceiveResult.Refused(ReceiveError.Empty);
                }

                type ??= FileSniffer.Sniff(head.AsSpan(0, (int)length));
                if (type is null)
                {
                    return ReceiveResult.Refused(ReceiveError.UnknownType);
                }

                file.Flush(flushToDisk: true);
            }

            keep = true;
            return ReceiveResult.Received(new ReceivedFile(uploadPath, Convert.ToHexStringLower(hash.GetHashAndReset()), length, type.Value));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (!keep)
            {
                File.Delete(uploadPath);
            }
        }
    }
}
