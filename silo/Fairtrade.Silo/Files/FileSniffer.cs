namespace Fairtrade.Silo.Files;

/// <summary>Tells the type of a file from its first bytes; the declared type and the file name are never trusted.</summary>
public static class FileSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> needs to recognise every type (WebP's is the longest).</summary>
    public const int HeadLength = 12;

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
}
