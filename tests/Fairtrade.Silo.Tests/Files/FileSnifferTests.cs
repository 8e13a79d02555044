using System.Text;
using Fairtrade.Silo.Files;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Files;

public sealed class FileSnifferTests
{
    public static TheoryData<byte[], FileType> Signatures => new()
    {
        { Samples.JpegHead, FileType.Jpeg },
        { [0xFF, 0xD8, 0xFF, 0xE1, 0x12, 0x34, .. "Exif"u8, 0x00, 0x00], FileType.Jpeg },
        { Samples.PngHead, FileType.Png },
        { Samples.WebPHead, FileType.WebP },
        { Samples.PdfHead, FileType.Pdf },
        { "%PDF-"u8.ToArray(), FileType.Pdf },
    };

    public static TheoryData<string, byte[]> Impostors => new()
    {
        { "html", Encoding.ASCII.GetBytes("<!DOCTYPE html><html><script>") },
        { "windows executable", [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00] },
        { "elf executable", [0x7F, .. "ELF"u8, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00] },
        { "zip", [.. "PK"u8, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00] },
        { "pdf after leading garbage", Encoding.ASCII.GetBytes("garbage%PDF-1.7\n") },
        { "pdf after a space", Encoding.ASCII.GetBytes(" %PDF-1.7\n") },
        { "wave audio in riff", [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WAVEfmt "u8] },
        { "text", Encoding.ASCII.GetBytes("Kaffee, Tee, Bananen") },
        { "empty", [] },
        { "three bytes of pdf", "%PD"u8.ToArray() },
        { "three bytes of jpeg", [0xFF, 0xD8, 0xFF] },
        { "riff cut short", "RIFF\0\0\0\0WEB"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void RecognisesEachTypeByItsSignature(byte[] head, FileType expected) => FileSniffer.Sniff(head).ShouldBe(expected);

    [Theory]
    [MemberData(nameof(Impostors))]
    public void RecognisesNothingElse(string what, byte[] head) => FileSniffer.Sniff(head).ShouldBeNull(what);

    [Fact]
    public void HeadLengthIsEnoughToRecogniseEveryType()
    {
        byte[][] heads = [Samples.JpegHead, Samples.PngHead, Samples.WebPHead, Samples.PdfHead];

        var sniffed = heads.Select(head => FileSniffer.Sniff(Samples.StartingWith(head, FileSniffer.HeadLength)));

        sniffed.ShouldBe([FileType.Jpeg, FileType.Png, FileType.WebP, FileType.Pdf]);
    }
}
