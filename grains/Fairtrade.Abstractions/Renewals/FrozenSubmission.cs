namespace Fairtrade.Abstractions.Renewals;

/// <summary>
/// What a town submitted for its renewal, exactly as it was that day: the renewal workbook's bytes and the status
/// document's (the API's JSON). Written once and answered byte for byte ever after.
/// </summary>
[GenerateSerializer, Immutable, Alias("fairtrade.FrozenSubmission")]
public sealed record FrozenSubmission(
    [property: Id(0), JsonPropertyName("asOf")] DateOnly AsOf,
    [property: Id(1), JsonPropertyName("workbook")] byte[] Workbook,
    [property: Id(2), JsonPropertyName("status")] byte[] Status);
