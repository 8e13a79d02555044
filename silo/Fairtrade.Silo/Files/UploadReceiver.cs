using System.Buffers;
using System.Security.Cryptography;

namespace Fairtrade.Silo.Files;

/// <summary>
/// Copies an upload to wherever its store keeps it, through a fixed buffer, hashing and sniffing it on the way, and
/// stops reading as soon as it is too large or not of a type taken. The store removes what was written on a refusal.
/// </summary>
internal static class UploadReceiver
{
    public const int BufferSize = 81_920;

    public static async Task<UploadDigest> CopyAsync(
        Stream content, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> write, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        var head = new byte[FileSniffer.HeadLength];
        var scanner = new ActiveContentScanner();
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            FileType? type = null;
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
                    return UploadDigest.Refused(ReceiveError.TooLarge);
                }

                if (type is null && length >= head.Length)
                {
                    type = FileSniffer.Sniff(head);
                    if (type is null)
                    {
                        // Refused now, rather than after writing out the rest of a disguised file.
                        return UploadDigest.Refused(ReceiveError.UnknownType);
                    }

                    if (FileSniffer.IsImageBomb(head))
                    {
                        return UploadDigest.Refused(ReceiveError.ImageBomb);
                    }
                }

                scanner.Scan(buffer.AsSpan(0, read));
                if (scanner.Found)
                {
                    return UploadDigest.Refused(ReceiveError.ActiveContent);
                }

                hash.AppendData(buffer, 0, read);
                await write(buffer.AsMemory(0, read), cancellationToken);
            }

            if (length == 0)
            {
                return UploadDigest.Refused(ReceiveError.Empty);
            }

            type ??= FileSniffer.Sniff(head.AsSpan(0, (int)length));
            return type is null
                ? UploadDigest.Refused(ReceiveError.UnknownType)
                : new UploadDigest(null, Convert.ToHexStringLower(hash.GetHashAndReset()), length, type.Value);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
