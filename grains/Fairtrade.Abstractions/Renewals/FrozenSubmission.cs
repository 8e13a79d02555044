namespace Fairtrade.Abstractions.Renewals;

/// <summary>
/// What a town submitted for its renewal, exactly as it was that day: the renewal workbook's bytes and the status
/// document's (the API's JSON). Written once and answered byte for byte ever after.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.FrozenSubmission")]
public sealed record FrozenSubmission(
    [property: Id(0)] DateOnly AsOf,
    [property: Id(1)] byte[] Workbook,
    [property: Id(2)] byte[] Status);
