namespace Fairtrade.Abstractions.Accessibility;

/// <summary>A barrier someone met on the pages, as they reported it through the accessibility statement.</summary>
/// <param name="Email">Where the reporter would like an answer; none if they gave no address.</param>
/// <param name="Language">The language of the page the report was sent from.</param>
/// <param name="MailedAt">When the report was mailed to the operator's contact; none if it was not (or not yet).</param>
[GenerateSerializer, Immutable, Alias("fairtrade.BarrierReport")]
public sealed record BarrierReport(
    [property: Id(0), JsonPropertyName("id")] string Id,
    [property: Id(1), JsonPropertyName("receivedAt")] DateTimeOffset ReceivedAt,
    [property: Id(2), JsonPropertyName("page")] string Page,
    [property: Id(3), JsonPropertyName("what")] string What,
    [property: Id(4), JsonPropertyName("email")] string? Email,
    [property: Id(5), JsonPropertyName("language")] string? Language,
    [property: Id(6), JsonPropertyName("mailedAt")] DateTimeOffset? MailedAt);
