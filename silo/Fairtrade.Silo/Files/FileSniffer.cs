using System.Buffers.Binary;

namespace Fairtrade.Silo.Files;

/// <summary>Tells the type of a file from its first bytes; the declared type and the file name are never trusted.</summary>
public static class FileSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> and <see cref="IsImageBomb"/> need (a PNG's size ends at 24).</summary>
    public const int HeadLength = 24;

    // Far beyond any phone camera; a tiny compressed file claiming more is made to exhaust whoever decodes it.
    private const long MaxPixels = 200_000_000;

    /// <summary>The type whose signature <paramref name="head"/> starts with, or null for anything else.</summary>
    public static FileType? Sniff(ReadOnlySpan<byte> head)
    {
        // SOI plus the start of the next marker: three bytes alone are no image.
        if (head.Length >= 4 && head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileType.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileType.Png;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return FileType.WebP;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return FileType.Pdf;
        }

        return null;
    }

    /// <summary>Whether a PNG's header claims more pixels than any photograph has.</summary>
    public static bool IsImageBomb(ReadOnlySpan<byte> head) =>
        Sniff(head) == FileType.Png && head.Length >= 24 && head[12..16].SequenceEqual("IHDR"u8)
        && (long)BinaryPrimitives.ReadUInt32BigEndian(head[16..20]) * BinaryPrimitives.ReadUInt32BigEndian(head[20..24]) > MaxPixels;
}
