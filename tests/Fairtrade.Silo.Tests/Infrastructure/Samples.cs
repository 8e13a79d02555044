using System.Text;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>Files of a given length that start like the real thing and go on with random bytes.</summary>
public static class Samples
{
    public static readonly byte[] JpegHead = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01];
    /// <summary>A PNG's signature and the start of its header, for a picture of 640 × 480.</summary>
    public static readonly byte[] PngHead = [0x89, .. "PNG\r\n"u8, 0x1A, .. "\n"u8, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8, 0x00, 0x00, 0x02, 0x80, 0x00, 0x00, 0x01, 0xE0];
    public static readonly byte[] WebPHead = [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8];
    public static readonly byte[] PdfHead = [.. "%PDF-1.7\n1 0 obj\n"u8];

    public static byte[] Jpeg(int length) => StartingWith(JpegHead, length);

    public static byte[] Png(int length) => StartingWith(PngHead, length);

    public static byte[] Html(int length) => StartingWith(Encoding.ASCII.GetBytes("<!DOCTYPE html><html><body>"), length);

    public static byte[] StartingWith(byte[] head, int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        head.AsSpan(0, Math.Min(head.Length, length)).CopyTo(bytes);
        return bytes;
    }
}
