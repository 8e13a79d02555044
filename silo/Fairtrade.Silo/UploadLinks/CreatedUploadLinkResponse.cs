namespace Fairtrade.Silo.UploadLinks;

/// <summary>A new upload link; the only answer that ever contains its token.</summary>
public sealed record CreatedUploadLinkResponse(string Id, string Token, string Url, DateTimeOffset? ExpiresAt);
