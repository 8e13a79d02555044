namespace Fairtrade.Abstractions.Accessibility;

/// <summary>The e-mail that tells the operator's contact of a report, worded by the web layer in the report's language.</summary>
[GenerateSerializer, Immutable, Alias("fairtrade.BarrierNotice")]
public sealed record BarrierNotice(
    [property: Id(0), JsonPropertyName("to")] string To,
    [property: Id(1), JsonPropertyName("subject")] string Subject,
    [property: Id(2), JsonPropertyName("body")] string Body);
