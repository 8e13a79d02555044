namespace Fairtrade.Abstractions.UploadLinks;

/// <summary>A place held for an upload (<see cref="Id"/>), or how long to wait for one.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.UploadHold")]
public sealed record UploadHold([property: Id(0)] string? Id, [property: Id(1)] TimeSpan Wait);
