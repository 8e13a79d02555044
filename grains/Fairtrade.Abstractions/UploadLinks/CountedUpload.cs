namespace Fairtrade.Abstractions.UploadLinks;

/// <summary>An upload a link sent and the service accepted, as its limits count it.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.CountedUpload")]
public sealed record CountedUpload(
    [property: Id(0), JsonPropertyName("at")] DateTimeOffset At,
    [property: Id(1), JsonPropertyName("bytes")] long Bytes);
