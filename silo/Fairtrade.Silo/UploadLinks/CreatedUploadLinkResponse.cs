namespace Fairtrade.Silo.UploadLinks;

/// <summary>A new upload link; the only answer that ever contains its token.</summary>
/// <param name="QrCodeSvg">The URL as a QR code (SVG), to print on a letter or show on a phone at the shop's counter.</param>
public sealed record CreatedUploadLinkResponse(string Id, string Token, string Url, DateTimeOffset? ExpiresAt, string QrCodeSvg);
