using Fairtrade.Abstractions.UploadLinks;

namespace Fairtrade.Silo.UploadLinks;

/// <summary>An upload link as the coordinator lists it: never its token.</summary>
public sealed record UploadLinkResponse(string Id, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? ExpiresAt, bool Revoked, DateTimeOffset? LastUsedAt)
{
    public static UploadLinkResponse From(UploadLink link) =>
        new(link.Id, link.CreatedAt, link.CreatedBy, link.ExpiresAt, link.RevokedAt is not null, link.LastUsedAt);
}
