namespace Fairtrade.Abstractions.UploadLinks;

/// <summary>How much one upload link may send: uploads in any hour, bytes in any day.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.UploadLimits")]
public sealed record UploadLimits([property: Id(0)] int PerHour, [property: Id(1)] long BytesPerDay);
