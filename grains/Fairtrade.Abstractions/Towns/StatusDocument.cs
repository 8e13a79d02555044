namespace Fairtrade.Abstractions.Towns;

/// <summary>
/// A town's status as the API sends it: the JSON, encoded once per change (or new day) and sent as it is, and its
/// entity tag, which changes exactly when the bytes do.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.StatusDocument")]
public sealed record StatusDocument([property: Id(0)] byte[] Json, [property: Id(1)] string ETag);
