namespace Fairtrade.Silo.UploadLinks;

/// <param name="ExpiresOn">The last day the link works (in the campaign's time zone); none: until it is revoked.</param>
public sealed record CreateUploadLinkRequest(DateOnly? ExpiresOn);
