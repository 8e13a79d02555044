namespace Fairtrade.Abstractions.UploadLinks;

/// <param name="Id">Part of the token, so the token names the link it belongs to.</param>
/// <param name="SecretHash">SHA-256 of the secret, lowercase hex; the grain never sees the secret.</param>
[GenerateSerializer, Immutable, Alias("fairtrade.UploadLinkDraft")]
public sealed record UploadLinkDraft(
    [property: Id(0)] string Id,
    [property: Id(1)] string SecretHash,
    [property: Id(2)] DateTimeOffset? ExpiresAt);
