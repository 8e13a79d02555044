using QRCoder;

namespace Fairtrade.Silo.UploadLinks;

/// <summary>QR codes of upload links, drawn as SVG (paths only, no script).</summary>
public static class QrCodes
{
    public static string Svg(string text)
    {
        // Medium error correction: still readable from a slightly creased printout.
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
